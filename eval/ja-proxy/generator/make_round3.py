"""Third round: abused legitimate hosts/redirectors, image-only and PDF-link phishing, self-spoofing;
genuine mails without Authentication-Results that route links through ESP trackers."""
import base64

from lib import (PNG, addr, ar_pass, binpart, button, ew, html, leaf, multi, write)

P, G = "phishing", "genuine"


def pdf_with_uri(uri: str, text: str) -> bytes:
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [5 0 R] >>",
        b"<< /Length %d >>\nstream\nBT /F1 18 Tf 72 760 Td (%s) Tj ET\nendstream" % (len(text) + 30, text.encode()),
        b"<< /Type /Annot /Subtype /Link /Rect [72 700 400 740] /A << /S /URI /URI (%s) >> >>" % uri.encode(),
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def run() -> None:
    # Bing ck/a redirect (base64 'a1' + url)
    u = base64.urlsafe_b64encode(b"https://smbc-card-jp.kiosk-ap.top/vpass/").decode().rstrip("=")
    h = html(f"""<p>三井住友カード会員様</p><p>お客様のカードが不正利用された可能性があります。至急ご確認ください。</p>
<p><a href="https://www.bing.com/ck/a?!&amp;&amp;p=8a1f2c&amp;ptn=3&amp;u=a1{u}&amp;ntb=1">ご利用履歴を確認</a></p>""")
    write(P, "smbc-card-bing-ck-redirect", "三井住友カード", "UTF-8 base64 HTML-only",
          "Bing /ck/a open redirect with base64 target; display name",
          from_=addr("三井住友カード", "notice@vpass-jp-info.com"), subject=ew("【三井住友カード】不正利用の可能性について"),
          body=leaf(h, "html"), env_from="notice@vpass-jp-info.com", relay=("vpass-jp-info.com", "45.135.232.8"))

    # workers.dev
    t = """PayPayをご利用いただきありがとうございます。

お客様のPayPayアカウントで不正な支払いが検出されたため、アカウントを一時的に凍結しました。
下記より本人確認を行ってください。

https://paypay-verify.k3x9-auth.workers.dev/

PayPay株式会社
"""
    write(P, "paypay-workers-dev", "PayPay", "UTF-8 QP plain",
          "Cloudflare workers.dev host; 凍結",
          from_=addr("PayPay", "support@pp-security-info.com"), subject=ew("【PayPay】アカウント凍結のお知らせ"),
          body=leaf(t, "plain", "utf-8", "quoted-printable"), env_from="support@pp-security-info.com", relay=("pp-security-info.com", "45.155.204.70"))

    # Google Forms credential harvest
    h = html("""<p>Microsoft 365 ユーザー各位</p><p>メールボックスの容量が上限に達しました。受信を継続するには、以下のフォームでアカウントを確認してください。</p>
<p><a href="https://docs.google.com/forms/d/e/1FAIpQLSd8xK2mZ9Q_abcdEFGH/viewform">アカウントの確認</a></p><p>IT ヘルプデスク</p>""")
    write(P, "microsoft-google-forms-mailbox-full", "Microsoft", "UTF-8 base64 HTML-only",
          "Google Forms credential harvest; mailbox-full pretext; freemail sender",
          from_=addr("Microsoft 365", "it.helpdesk.m365@gmail.com"), subject=ew("メールボックスの容量が上限に達しました"),
          body=leaf(h, "html"), env_from="it.helpdesk.m365@gmail.com", relay=("mail-sor-f69.google.com", "209.85.220.69"),
          auth=ar_pass("gmail.com", "it.helpdesk.m365@gmail.com", "NONE"), dkim_d="gmail.com")

    # image-only mail (all text in remote image), attacker DMARC pass
    h = html("""<div style="text-align:center"><a href="https://www.seikyu-kakunin.com/r/?id=88213"><img src="https://www.seikyu-kakunin.com/img/notice.jpg" alt="" width="600" height="820"></a></div>""")
    write(P, "nta-image-only-remote-picture", "国税庁", "UTF-8 base64 HTML-only, no text",
          "all wording in a remote image; only subject names the brand; plain .com; attacker DMARC pass",
          from_=addr("国税庁", "info@seikyu-kakunin.com"), subject=ew("【国税庁】税金の滞納に関する重要なお知らせ"),
          body=leaf(h, "html"), env_from="info@seikyu-kakunin.com", relay=("seikyu-kakunin.com", "212.87.204.31"),
          auth=ar_pass("seikyu-kakunin.com", "info@seikyu-kakunin.com", "NONE"), dkim_d="seikyu-kakunin.com")

    # PDF attachment carrying the link
    t = """お客様

Amazonでのご注文に関する請求書を添付いたします。
未払いの金額がございますので、PDF内のリンクよりお支払い手続きをお願いいたします。

Amazon.co.jp
"""
    write(P, "amazon-pdf-attachment-uri", "Amazon", "ISO-2022-JP 7bit + application/pdf",
          "only link is inside a PDF attachment (/URI); 未払い",
          from_=addr("Amazon.co.jp", "billing@amz-seikyusho.com", "ISO-2022-JP"), subject=ew("【Amazon】ご請求書（未払い）", "ISO-2022-JP"),
          body=multi("mixed", leaf(t, "plain", "iso-2022-jp", "7bit"),
                     binpart(pdf_with_uri("https://amz-seikyusho.com/pay/", "Amazon Invoice"), "application/pdf", "invoice_20251014.pdf")),
          env_from="billing@amz-seikyusho.com", relay=("amz-seikyusho.com", "45.9.20.7"))

    # self-spoof: From = recipient's own address
    t = """Amazon.co.jp

お客様のアカウントで異常なログインがありました。アカウントを保護するため、本人確認を行ってください。
https://amazon.co.jp-signin.vercel.app/

本人確認が完了しない場合、アカウントは停止されます。
"""
    write(P, "amazon-self-spoof-recipient-from-vercel", "Amazon", "UTF-8 base64 plain",
          "From forged as the recipient's own address; vercel.app host with brand prefix",
          from_=addr("Amazon", "t.yamada@example.ne.jp"), subject=ew("Amazon セキュリティ警告"), body=leaf(t),
          env_from="t.yamada@example.ne.jp", relay=("unknown", "45.88.90.1"),
          auth="spf=fail smtp.mailfrom=t.yamada@example.ne.jp;\r\n\tdkim=none;\r\n\tdmarc=none header.from=example.ne.jp")

    # HTML form inside the body
    h = html("""<p>ゆうちょ銀行</p><p>ゆうちょダイレクトの認証方式変更に伴い、以下のフォームに必要事項をご入力ください。</p>
<form action="https://yucho-direct-auth.xyz/submit" method="post">
お客さま番号 <input name="cid"><br>ログインパスワード <input type="password" name="pw"><br>
暗証番号（4桁） <input type="password" name="pin"><br><input type="submit" value="送信"></form>""")
    write(P, "yucho-form-in-body", "ゆうちょ銀行", "UTF-8 QP HTML-only",
          "HTML form in the mail body posting password+PIN; no <a> link",
          from_=addr("ゆうちょ銀行", "direct@yucho-direct-auth.xyz"), subject=ew("【ゆうちょ銀行】認証方式変更のお知らせ"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="direct@yucho-direct-auth.xyz", relay=("yucho-direct-auth.xyz", "45.89.30.1"))

    # brand only in subject; body generic; plain .com
    t = """会員様

ご登録のお支払い情報の確認が取れておりません。
サービスを継続してご利用いただくため、下記よりご確認をお願いいたします。

https://www.member-kakunin-center.com/

サポートセンター
"""
    write(P, "view-brand-only-in-subject-generic-body", "ビューカード", "ISO-2022-JP 7bit",
          "brand only in subject; generic body and sender; plain .com",
          from_=addr("サポートセンター", "support@member-kakunin-center.com", "ISO-2022-JP"),
          subject=ew("【ビューカード】お支払い情報の確認", "ISO-2022-JP"), body=leaf(t, "plain", "iso-2022-jp", "7bit"),
          env_from="support@member-kakunin-center.com", relay=("member-kakunin-center.com", "45.67.229.10"))

    # Genuine-style from brand real domain spoof, no AR, reply-to, no link
    t = """JCBカード会員様

カードのご利用に関して確認させていただきたいことがございます。
本メールに、ご本人確認のため生年月日とカード番号下4桁、セキュリティコードを記載のうえご返信ください。

株式会社ジェーシービー
"""
    write(P, "jcb-spoof-qa-jcb-noauth-reply-no-link", "JCB", "UTF-8 base64 plain",
          "From qa.jcb.co.jp forged, no AR; no link; card data by reply to a freemail Reply-To",
          from_=addr("JCB", "mail@qa.jcb.co.jp"), subject=ew("【JCB】ご本人確認のお願い"), body=leaf(t),
          env_from="mail@qa.jcb.co.jp", relay=("unknown", "91.240.118.5"), extra=[("Reply-To", "jcb.kakunin@outlook.com")])

    # YouTube redirect + ipfs
    h = html("""<p>えきねっとをご利用いただきありがとうございます。</p><p>お客様のアカウントは利用停止予定です。</p>
<p><a href="https://www.youtube.com/redirect?event=comments&amp;q=https%3A%2F%2Fbafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.dweb.link%2Fekinet.html">ログインして確認</a></p>""")
    write(P, "ekinet-youtube-redirect-ipfs", "えきねっと", "UTF-8 base64 HTML-only",
          "YouTube redirect to IPFS gateway page",
          from_=addr("えきねっと", "eki@kakunin-jr.net"), subject=ew("【えきねっと】利用停止予定のお知らせ"),
          body=leaf(h, "html"), env_from="eki@kakunin-jr.net", relay=("kakunin-jr.net", "45.86.162.22"))

    # ---------- genuine ----------
    h = html("""<p>セゾンカード会員様</p><p>11月のおトク情報をお届けします。</p>
<p><a href="https://u3321098.ct.sendgrid.net/ls/click?upn=u001.Wq81-2Bq">キャンペーン詳細</a> ／ <a href="https://u3321098.ct.sendgrid.net/ls/click?upn=u001.Zz01">配信停止</a></p>
<p>株式会社クレディセゾン https://www.saisoncard.co.jp/</p>""")
    write(G, "saison-newsletter-sendgrid-noauth", "セゾンカード", "UTF-8 QP HTML-only",
          "newsletter, links via ct.sendgrid.net, NO Authentication-Results",
          from_=addr("セゾンカード", "info@ml.saisoncard.co.jp"), subject=ew("【セゾンカード】11月のおトク情報"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="bounces+3321098@em.saisoncard.co.jp",
          relay=("o1.ptr9921.saisoncard.co.jp", "149.72.160.10"), dkim_d="ml.saisoncard.co.jp")

    h = html("""<p>エポスカード会員様</p><p>エポスポイントUPサイトのご案内です。</p>
<p><a href="https://eposcard.cuenote.jp/c/bXx8aAbCdEf/ZzYyXx">https://www.eposcard.co.jp/point/</a></p>
<p>株式会社エポスカード</p>""")
    write(G, "epos-newsletter-cuenote-visible-url-noauth", "エポスカード", "Shift_JIS base64 HTML-only",
          "visible official URL, href Cuenote tracker; NO Authentication-Results",
          from_=addr("エポスカード", "info@mail.eposcard.co.jp", "Shift_JIS"), subject=ew("【エポスカード】ポイントUPサイトのご案内", "Shift_JIS"),
          body=leaf(h.replace("utf-8", "Shift_JIS"), "html", "shift_jis", "base64"), env_from="bounce@mail.eposcard.co.jp",
          relay=("cuenote-mta12.cuenote.jp", "153.127.10.12"), dkim_d="mail.eposcard.co.jp")

    txt = """メルカリをご利用いただきありがとうございます。

メールアドレスの確認のため、24時間以内に以下のリンクをクリックしてください。
https://jp.mercari.com/email/verify?token=8fa1c2d3e4b5

このメールに心当たりがない場合は、破棄してください。
メルカリ
"""
    write(G, "mercari-email-verify-24h-noauth", "メルカリ", "UTF-8 QP plain",
          "genuine 24時間以内 verification link; NO Authentication-Results",
          from_=addr("メルカリ", "no-reply@mercari.jp"), subject=ew("【メルカリ】メールアドレスの確認"),
          body=leaf(txt, "plain", "utf-8", "quoted-printable"), env_from="bounce@mercari.jp", relay=("o2.mail.mercari.jp", "167.89.100.2"),
          dkim_d="mercari.jp")

    h = html("""<p>Amazon.co.jp 経由で「雑貨のミナト」から次のメッセージが届きました。</p>
<p>鈴木様<br>この度はご注文いただきありがとうございます。本日発送いたしました。到着まで今しばらくお待ちください。</p>
<p><a href="https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201910370">このメッセージへの返信</a></p>""")
    write(G, "amazon-marketplace-seller-message", "Amazon", "UTF-8 QP HTML-only",
          "seller message relayed via marketplace.amazon.co.jp; seller name in display; AR pass",
          to="hanako.suzuki@gmail.com", mx="mx.google.com",
          from_=addr("雑貨のミナト - Amazon Marketplace", "abc123xyz@marketplace.amazon.co.jp"),
          subject=ew("雑貨のミナトからのメッセージ（注文: 250-1234567-8901234）"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="20251013@bounces.amazon.co.jp",
          relay=("a27-70.smtp-out.us-west-2.amazonses.com", "54.240.27.70"),
          auth=ar_pass("marketplace.amazon.co.jp", "20251013@bounces.amazon.co.jp"), dkim_d="marketplace.amazon.co.jp")

    txt = """お使いの Apple Account の確認コード:

  583 201

このコードを入力して、メールアドレスを確認してください。
このメールに心当たりがない場合は、無視してください。

Apple
"""
    write(G, "apple-verification-code-noauth", "Apple", "UTF-8 QP plain",
          "verification code; NO Authentication-Results",
          from_=addr("Apple", "appleid@id.apple.com"), subject=ew("メールアドレスを確認してください"),
          body=leaf(txt, "plain", "utf-8", "quoted-printable"), env_from="appleid@id.apple.com",
          relay=("rn2-txn-msbadger06105.apple.com", "17.111.110.100"), dkim_d="id.apple.com")

    h = html("""<p>JCBカード会員様</p><p>【重要】カード不正利用にご注意ください</p>
<p>JCBを装ったメールやSMSで、MyJCBのID・パスワードやカード番号を入力させる偽サイトへ誘導する事例が多発しています。
「ご利用確認のお願い」「カードのご利用を制限しています」などの件名にご注意ください。</p>
<p><a href="https://click.qa.jcb.co.jp/?qs=9c8b7a6f5e4d">詳しくはこちら</a></p>""")
    write(G, "jcb-phishing-warning-brand-tracker-noauth", "JCB", "UTF-8 base64 HTML-only",
          "official phishing warning quoting lure subjects; link via brand tracker; NO Authentication-Results",
          from_=addr("JCB", "jcb-info@qa.jcb.co.jp"), subject=ew("【重要】JCBを装った不審なメールにご注意ください"),
          body=leaf(h, "html"), env_from="bounce@qa.jcb.co.jp", relay=("mta.qa.jcb.co.jp", "210.161.194.9"), dkim_d="qa.jcb.co.jp")
