"""Train miwake's text model (`src/miwake/data/text_model.json`) on the corpus dev split.

Rerun (numpy and scipy are needed here only, never at runtime):

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python tools/train_text_model.py ../shared/corpus \
        --out src/miwake/data/text_model.json [--cv]

What it does, and why (the corpus's hazards: ham is 2002 SpamAssassin mail and Linux
kernel patch mail, phishing is 2004 Nazario and 2020s phishing_pot, all Japanese mail is
phishing or spam):

* Rows: `split=dev` only. Positives: phish (all sources) and SpamAssassin spam at half
  weight (same era and origin as the SpamAssassin ham, so what separates them is wording,
  not era; and the scams the rules miss are spam-like). Negatives: ham. Mail whose text is
  mostly CJK is skipped (`is_cjk_text`), as the analyzer does at runtime.
* Text: label leaks stripped (`strip_label_leaks`), parsed, the same normalised subject and
  bounded body the analyzer reads, split by the analyzer's own `words_of` (distinct Latin
  words of 3-24 letters in running text: no words with digits, none inside URLs, e-mail
  addresses or host names). Mail with too little text is skipped, as at runtime. Features
  are word presence (binary); foreign scam words are read as their English word (`ALIASES`:
  the ham has next to no German or Portuguese, so "konto" itself would only learn "German").
* Vocabulary: a word is a candidate only if at least `MIN_DF_EACH` ham documents AND
  `MIN_DF_EACH` phish/spam documents contain it, and at least `MIN_DF_SOURCE` documents of
  two of the three positive sources (nazario 2004, phishing_pot 2020s, SpamAssassin spam
  2002) do: one campaign, one era or one language is not evidence. `EVIDENCE_WORDS` (scam
  and phishing vocabulary a person reads as evidence in any era) are exempt. `BLOCK_WORDS`
  are never features: mail-software, list, HTML/CSS words; era and origin artefacts (kernel
  words, 2002/2004 brands and ISPs, 2020s templates); names, places, months; function words;
  and the topic words of ordinary commerce and newsletters (account, payment, invoice,
  order, offer, click...), which the corpus's ham lacks but a modern genuine mail is full of.
* Model: L2 logistic regression (`C_L2`) with every word weight constrained to be >= 0
  (L-BFGS-B bounds, deterministic), so the model can only add evidence of phishing; a second
  fit keeps only words whose first-pass weight is >= `MIN_WEIGHT`, so that many weak words
  cannot add up. Ham weighs `HAM_WEIGHT`, SpamAssassin spam `SPAM_WEIGHT`.
* `--cv`: grouped cross-validation by source: train without one source group, test on it.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

from miwake.analyzers.text_model import (
    _WORD_RE,
    MAX_SUBJECT_CHARS,
    MAX_TEXT_CHARS,
    MIN_TOKENS,
    is_cjk_text,
    words_of,
)
from miwake.analyzers.wording_common import texts_of
from miwake.evaluate import strip_label_leaks
from miwake.message import parse_message

# (label, source, lang, distinct words of subject + body, unused)
Doc = tuple[str, str, str, list[str], list[str]]

SEED = 20261128  # nothing random is drawn today; kept so that any sampling stays repeatable
MIN_DF_EACH = 5
# A learnt word must occur in >= MIN_DF_SOURCE documents of at least two of these: one
# campaign, one era or one language's function words is not evidence.
POSITIVE_GROUPS = (("phish", "nazario"), ("phish", "phishing_pot"), ("spam", "spamassassin"))
MIN_DF_SOURCE = 3
MAX_VOCAB = 3000
C_L2 = 1.0  # inverse regularisation strength
MIN_WEIGHT = 0.4  # first-pass weight a word needs to stay in the model
SPAM_WEIGHT = 0.5
# Ham counts this many times: phishing is rarer than ham in a real mailbox, and a word must
# outweigh that prior before the model calls a text phishing-like.
HAM_WEIGHT = 1.0


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Scam and phishing vocabulary that a person reads as evidence in any era, kept even where
# the ham never uses it (the ham says nothing about casinos).
EVIDENCE_WORDS = _words(
    """
    casino jackpot freespins spins wager betting roulette slots
    winner winners won congratulations congrats prize prizes reward rewards claim unclaimed
    giftcard voucher survey lottery sweepstakes
    verify verification suspended suspension unusual locked unlock restricted
    password login credentials expire expired expiring deactivated
    urgent immediately overdue unpaid
    bitcoin crypto btc wallet investment profit profits earn earnings trading
    dating singles lonely sexy horny viagra cialis pills slimming keto
    inheritance beneficiary barrister deceased
    """
)

# Foreign scam vocabulary, read as its English word (de, pt, nl, fr, es). The ham has next
# to no German or Portuguese mail, so a weight learnt for "konto" would only say "German";
# "account" has a weight learnt against English ham, where both classes use it.
ALIASES: dict[str, str] = {
    foreign: english
    for english, words in {
        "congratulations": "glückwunsch glückwünsche gratulation parabéns gefeliciteerd "
        "félicitations felicidades felicitaciones",
        "prize": "gewinn preis prêmio premio prijs",
        "winner": "gewinner vencedor ganhador winnaar gagnant ganador",
        "won": "gewonnen ganhou gagné ganaste",
        "sweepstakes": "gewinnspiel sorteio",
        "free": "gratis kostenlos kostenlose kostenlosen kostenloses grátis gratuito gratuita "
        "gratuit gratuite",
        "reward": "prämie belohnung recompensa beloning récompense",
        "survey": "umfrage pesquisa enquête encuesta",
        "verify": "verifizieren verifique verificar verifieer verifiëren vérifier",
        "locked": "gesperrt bloqueada bloqueado geblokkeerd bloqué bloquée",
        "suspended": "sperrung bloqueio suspensa suspenso suspendu suspendida",
        "password": "passwort senha wachtwoord contraseña",
        "immediately": "sofort imediatamente onmiddellijk immédiatement inmediatamente",
        "urgent": "dringend urgente dringende",
        "now": "jetzt agora maintenant ahora",
        "earn": "verdienen ganhe gagnez gane",
        "expired": "abgelaufen expirou expirado verlopen expiré",
    }.items()
    for foreign in words.split()
}

# Never features: mail software and list words, HTML/CSS leftovers, artefacts of the
# corpus's eras and origins (2002 SpamAssassin, kernel lists, 2004 eBay/PayPal), names,
# months and weekdays, quoting. Extended after reading the top weights (see the report).
BLOCK_WORDS = _words(
    """
    wrote writes quoted quote original message forwarded reply replied unsubscribe subscribe
    subscribed subscription mailing list lists listinfo mailman digest archive archives
    sourceforge spamassassin razor exmh procmail fetchmail sendmail postfix qmail majordomo
    linux kernel patch patches signed signoff diff commit git driver drivers module modules
    struct static void return const include define int char unsigned bool null true false
    ifdef endif printk dev devel ntfs acpi thinkpad osst industrypack intel gvt freedesktop
    debian redhat rpm suse gentoo perl python sql php cvs

    html body head meta font face color colour size width height align center left right
    border cellpadding cellspacing bgcolor table tbody valign style span div class href src img
    nbsp quot amp arial helvetica verdana tahoma sans serif px pt em rgb solid none bold
    normal inherit important display block inline margin padding text decoration underline
    webkit moz mso ms office outlook xml doctype http https www com net org
    mime multipart plain charset encoding transfer printable base boundary content type
    jpg gif png pdf zip

    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue wed thu fri sat sun

    ebay paypal citibank barclays wachovia fleet suntrust washington mutual usbank
    lloyds halifax nationwide natwest chase wamu regions visa mastercard amex

    emails mails replying netherlands ave ben amazon apple microsoft google netflix
    logo russia moscow ukraine china prime llc euro usa america american black friday
    advertisement remove removed subscriber subscribers valley carrying express mission auto
    wish favor lane street avenue norton mcafee mailed loved marketing health
    chance unlimited targeted details contact exciting exclusively exclusive affordable rates
    websites website trademarks promotion promotions affiliate lowest
    dir ver quantity visit repair energy houses door minute russian suite brand competitive
    hours longer receiving savings cancel unsubscribing unsubscribed processed listing

    account accounts payment payments invoice invoices bank banking credit card cards debit
    order orders shipping shipped delivery statement monthly billing balance subscription
    membership member members premium insurance medical deposit refund refunds gift gifts
    receipt purchase purchased price prices offer offers discount sale shop store customer
    customers service services receive received confirm confirmed confirmation thank thanks
    newsletter click clicking opt unsubscribe team sincerely regards dear please
    bonus kit sleep ticket tickets loan mortgage fees fee
    yahoo hotmail msn aol geocities netscape dell compaq palm pilot modem dialup napster

    eacute aacute iacute oacute uacute agrave egrave ccedil atilde otilde ntilde uuml ouml
    auml szlig rsquo lsquo ldquo rdquo hellip mdash ndash zwnj zwj shy copy reg trade bull
    middot laquo raquo

    the and for you your yours yourself our ours ourselves this that these those with from
    are was were been being have has had will would shall should can could may might must
    here there they them their his her she him its who whom which what when where why how
    all any some each every more most other such only own same than too very just also
    not now then into onto over under about again once out off upon both few nor
    que van von mit die der das den dem des und ein eine einen einer nicht ist sie ihr ihre
    ihnen wir uns auf für zum zur bei aus les une pour avec est vous votre vos nous sur dans
    par pas qui ces aux sont het een voor niet zijn ons onze uw jouw dat deze wordt met
    para com uma por não seu sua seus você dos das nos pelo pela mais como está del los las
    con por usted nuestro nuestra esta este más
    """
)


def extract(corpus: Path) -> list[Doc]:
    """(label, source, lang, subject words, body words) of every dev row that is not CJK."""
    rows: list[Doc] = []
    with (corpus / "labels.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["split"] != "dev":
                continue
            raw = strip_label_leaks((corpus / row["path"]).read_bytes())
            texts = texts_of(parse_message(raw))
            subject, body = texts.subject[:MAX_SUBJECT_CHARS], texts.body[:MAX_TEXT_CHARS]
            if is_cjk_text(subject + " " + body):
                continue
            if len(_WORD_RE.findall(subject + " " + body[:2000])) < MIN_TOKENS:
                continue  # the analyzer says nothing about so little text
            words = words_of(subject) | words_of(body)
            rows.append((row["label"], row["source"], row["lang"], sorted(words), []))
    return rows


def concepts(doc: Doc) -> set[str]:
    return {ALIASES.get(w, w) for w in (*doc[3], *doc[4])}


def is_positive(label: str) -> bool:
    return label in {"phish", "spam"}


def vocabulary(docs: list[Doc]) -> list[str]:
    df_pos: Counter[str] = Counter()
    df_neg: Counter[str] = Counter()
    df_src: dict[tuple[str, str], Counter[str]] = {g: Counter() for g in POSITIVE_GROUPS}
    for doc in docs:
        label, source = doc[0], doc[1]
        present = concepts(doc)
        (df_pos if is_positive(label) else df_neg).update(present)
        if (label, source) in df_src:
            df_src[(label, source)].update(present)
    words = {
        w
        for w in set(df_pos) | set(df_neg)
        if (
            df_pos[w] >= MIN_DF_EACH
            and df_neg[w] >= MIN_DF_EACH
            and sum(df_src[g][w] >= MIN_DF_SOURCE for g in POSITIVE_GROUPS) >= 2
        )
        or (w in EVIDENCE_WORDS and df_pos[w] >= 3)
    }
    return sorted(words - BLOCK_WORDS)


def matrix(docs: list[Doc], index: dict[str, int]) -> csr_matrix:
    indptr, cols = [0], []
    for doc in docs:
        cols.extend(sorted({index[w] for w in concepts(doc) if w in index}))
        indptr.append(len(cols))
    data = np.ones(len(cols))
    shape = (len(docs), len(index))
    return csr_matrix((data, np.array(cols, dtype=np.int64), np.array(indptr)), shape=shape)


def fit(x: csr_matrix, y: np.ndarray, sw: np.ndarray) -> tuple[float, np.ndarray]:
    """L2 logistic regression, word weights >= 0, intercept free (L-BFGS-B bounds)."""
    d = x.shape[1]
    sw = sw / sw.mean()

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        b, w = theta[0], theta[1:]
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        ll = np.logaddexp(0.0, z) - y * z
        val = float((sw * ll).sum() + 0.5 / C_L2 * (w @ w))
        g = sw * (p - y)
        grad = np.concatenate([[g.sum()], x.T @ g + w / C_L2])
        return val, grad

    theta0 = np.zeros(d + 1)
    bounds = [(None, None)] + [(0.0, None)] * d
    res = minimize(
        loss, theta0, jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 2000}
    )
    return float(res.x[0]), res.x[1:]


def train(docs: list[Doc]) -> tuple[float, dict[str, float]]:
    vocab = vocabulary(docs)
    index = {w: i for i, w in enumerate(vocab)}
    x = matrix(docs, index)
    y = np.array([1.0 if is_positive(d[0]) else 0.0 for d in docs])
    sw = np.array(
        [SPAM_WEIGHT if d[0] == "spam" else 1.0 if is_positive(d[0]) else HAM_WEIGHT for d in docs]
    )
    b, w = fit(x, y, sw)
    # Second pass on the clearly evidential words only: many weak words (a long newsletter
    # has hundreds) must not add up to a verdict no single word supports.
    keep = [i for i in range(len(vocab)) if w[i] >= MIN_WEIGHT]
    vocab = [vocab[i] for i in keep]
    x = x[:, keep]
    b, w = fit(x, y, sw)
    order = np.argsort(-w, kind="stable")[:MAX_VOCAB]
    weights = {vocab[i]: round(float(w[i]), 4) for i in order if w[i] > 1e-3}
    return round(b, 4), weights


def predict(b: float, weights: dict[str, float], doc: Doc) -> float:
    z = b + sum(weights.get(t, 0.0) for t in concepts(doc))
    return 1.0 / (1.0 + np.exp(-z))


def cross_validate(docs: list[Doc]) -> None:
    groups = sorted({(d[0], d[1]) for d in docs})
    for held in groups:
        train_docs = [d for d in docs if (d[0], d[1]) != held]
        test_docs = [d for d in docs if (d[0], d[1]) == held]
        b, weights = train(train_docs)
        ps = [predict(b, weights, d) for d in test_docs]
        rates = {t: sum(p >= t for p in ps) / len(ps) for t in (0.5, 0.7, 0.85)}
        print(
            f"held out {held[0]:6} {held[1]:13} n={len(ps):5} "
            + " ".join(f"p>={t}: {r:6.1%}" for t, r in rates.items())
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, default=Path("src/miwake/data/text_model.json"))
    ap.add_argument("--cache", type=Path, help="pickle of the extracted words (speeds up reruns)")
    ap.add_argument("--cv", action="store_true")
    args = ap.parse_args(argv)
    np.random.seed(SEED)
    if args.cache and args.cache.exists():
        docs = pickle.loads(args.cache.read_bytes())
    else:
        docs = extract(args.corpus)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(docs))
    if args.cv:
        cross_validate(docs)
    b, weights = train(docs)
    header = {
        "what": "miwake text model: logistic regression on word presence, weights >= 0",
        "source": "miwake corpus (labels.csv split=dev): phish (nazario, phishing_pot) and "
        "SpamAssassin spam (weight 0.5) vs ham (SpamAssassin, kernel-list); CJK-text mail skipped",
        "date": dt.date.today().isoformat(),
        "training_split": "dev",
        "feature_rules": "lower-cased Latin words of 3-24 letters from subject + visible body "
        f"(first {MAX_TEXT_CHARS} chars), URLs/addresses/hosts/digit words removed; "
        f"present in >= {MIN_DF_EACH} ham and >= {MIN_DF_EACH} phish/spam documents or a "
        "listed evidence word; foreign scam words read as their English alias (aliases); "
        "mail-software/HTML/era/origin words blocked; binary presence",
        "trainer": "tools/train_text_model.py",
        "vocabulary_size": len(weights),
        "intercept": b,
    }
    aliases = {k: v for k, v in sorted(ALIASES.items()) if v in weights}
    header["aliases_size"] = len(aliases)
    out = {"header": header, "aliases": aliases, "weights": weights}
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", "utf-8")
    top = sorted(weights.items(), key=lambda kv: -kv[1])[:60]
    print(f"intercept {b}, {len(weights)} words; top: " + ", ".join(f"{w} {v:.2f}" for w, v in top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
