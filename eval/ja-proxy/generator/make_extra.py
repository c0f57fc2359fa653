"""Second round: harder cases (compromised senders, ESP-relayed phishing, obfuscation, odd charsets;
genuine mails with secondary official domains, brand trackers, real 'update your info' notices)."""
from lib import (PNG, addr, ar_fail, ar_pass, binpart, button, ew, html, leaf, multi, write)

P, G = "phishing", "genuine"
GM = "mx.google.com"


def run() -> None:
    # ---------- phishing ----------
    # compromised Japanese SME domain, SPF/DKIM/DMARC pass, link to hacked WordPress path
    t = """Amazon.co.jp をご利用いただきありがとうございます。

お客様のアカウントの請求先情報が、カード発行会社の情報と一致しないため、ご注文を保留しています。
以下のリンクから請求先情報を更新してください。

https://www.tanaka-koumuten.co.jp/wp-content/uploads/2025/amz/signin.php

Amazon.co.jp
"""
    write(P, "amazon-compromised-jp-sme-domain-auth-pass-wordpress", "Amazon", "UTF-8 base64 plain",
          "sent from a compromised real .co.jp company (SPF/DKIM/DMARC pass); link to hacked WordPress path",
          from_=addr("Amazon.co.jp", "info@tanaka-koumuten.co.jp"), subject=ew("Amazon.co.jp: 請求先情報の更新が必要です"),
          body=leaf(t), env_from="info@tanaka-koumuten.co.jp", relay=("sv1234.xserver.jp", "183.90.240.10"),
          auth=ar_pass("tanaka-koumuten.co.jp", "info@tanaka-koumuten.co.jp", "NONE"), dkim_d="tanaka-koumuten.co.jp")

    # SendGrid-relayed phishing: only links are ct.sendgrid.net click trackers
    h = html("""<p>三井住友カードをご利用いただきありがとうございます。</p>
<p>お客様のカードについて、ご利用の確認が必要なお取引がございます。24時間以内にご確認いただけない場合、カードのご利用を制限いたします。</p>
<p><a href="https://u48213902.ct.sendgrid.net/ls/click?upn=u001.qL7cXn-2FkP9s3vZ">ご利用内容を確認する</a></p>
<p>三井住友カード株式会社</p>""")
    write(P, "smbc-card-sendgrid-tracker-only-links", "三井住友カード", "UTF-8 QP HTML-only",
          "sent via SendGrid from attacker account; only link is ct.sendgrid.net click tracker; 24時間 利用制限",
          from_=addr("三井住友カード", "info@smbc-vpass-notice.com"), subject=ew("【三井住友カード】ご利用確認のお願い"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="bounces+48213902-ab12@em8842.smbc-vpass-notice.com",
          relay=("o3.ptr4521.smbc-vpass-notice.com", "149.72.188.4"),
          auth=ar_pass("smbc-vpass-notice.com", "bounces+48213902-ab12@em8842.smbc-vpass-notice.com", "NONE"),
          dkim_d="smbc-vpass-notice.com")

    # onmicrosoft.com tenant sender
    t = """JCBカード会員様

MyJCBのセキュリティ強化のため、2025年10月31日までにご登録情報の再確認をお願いしております。
期限までに確認いただけない場合、MyJCBのご利用を停止させていただきます。

▼ご登録情報の確認
https://myjcb-renew.com/login

株式会社ジェーシービー
"""
    write(P, "jcb-onmicrosoft-tenant-sender", "JCB", "ISO-2022-JP 7bit",
          "sender is a throwaway onmicrosoft.com tenant with auth pass; myjcb-renew.com",
          from_=addr("JCBカード", "admin@kx8qlm2.onmicrosoft.com", "ISO-2022-JP"),
          subject=ew("【MyJCB】ご登録情報確認のお願い", "ISO-2022-JP"), body=leaf(t, "plain", "iso-2022-jp", "7bit"),
          env_from="admin@kx8qlm2.onmicrosoft.com", relay=("mail-tycjpn01on2091.outbound.protection.outlook.com", "40.107.114.91"),
          auth=ar_pass("kx8qlm2.onmicrosoft.com", "admin@kx8qlm2.onmicrosoft.com", "NONE"))

    # official footer links as decoys, one malicious button
    h = html("""<p>Amazon.co.jp</p><p>お客様のアカウントでお支払い方法が承認されませんでした。プライム会員特典を継続するには、お支払い方法を更新してください。</p>
""" + button("https://amzn-prime-billing.com/gp/payment", "お支払い方法を更新") + """
<p style="font-size:11px"><a href="https://www.amazon.co.jp/gp/help/customer/display.html">ヘルプ</a> | <a href="https://www.amazon.co.jp/gp/css/homepage.html">アカウントサービス</a> | <a href="https://www.amazon.co.jp/privacy">プライバシー規約</a> | <a href="https://www.amazon.co.jp/">Amazon.co.jp</a></p>""")
    write(P, "amazon-official-footer-decoys-one-bad-button", "Amazon", "UTF-8 base64 HTML-only",
          "4 decoy links to real amazon.co.jp + 1 malicious button; display name",
          from_=addr("Amazon.co.jp", "prime@amzn-prime-billing.com"), subject=ew("Amazonプライム：お支払い方法が承認されませんでした"),
          body=leaf(h, "html"), env_from="prime@amzn-prime-billing.com", relay=("amzn-prime-billing.com", "176.97.210.4"))

    # brand domain in local part: amazon.co.jp@random.com
    t = """お客様

お客様のAmazonアカウントは、利用規約に違反する疑いがあるため一時的に停止されました。
アカウントを復元するには、本人確認書類とお支払い情報をご提出ください。

https://acct-restore-center.com/amazon

Amazon
"""
    write(P, "amazon-brand-domain-in-localpart", "Amazon", "UTF-8 QP plain",
          "From amazon.co.jp@acct-restore-center.com (brand domain as local part); display = address",
          from_="\"amazon.co.jp\" <amazon.co.jp@acct-restore-center.com>", subject=ew("あなたのアカウントは停止されました"),
          body=leaf(t, "plain", "utf-8", "quoted-printable"), env_from="amazon.co.jp@acct-restore-center.com",
          relay=("acct-restore-center.com", "45.95.146.20"))

    # QR code (quishing), no URL
    h = html("""<p>三菱UFJ銀行をご利用いただきありがとうございます。</p>
<p>法令に基づき、お客様情報の定期確認を実施しております。スマートフォンで以下のQRコードを読み取り、手続きを完了してください。</p>
<p><img src="cid:qr01" alt="QR" width="200" height="200"></p>
<p>期限：2025年10月24日　期限を過ぎるとお取引が制限されます。</p>""")
    write(P, "mufg-qr-code-quishing-no-url", "三菱UFJ銀行", "UTF-8 base64 multipart/related inline PNG",
          "QR-code image only, no URL anywhere; 取引制限 deadline",
          from_=addr("三菱UFJ銀行", "kakunin@mufg-bk-info.com"), subject=ew("【三菱UFJ銀行】お客様情報の定期確認のお願い"),
          body=multi("related", leaf(h, "html"), binpart(PNG, "image/png", "qr.png", cid="qr01")),
          env_from="kakunin@mufg-bk-info.com", relay=("mufg-bk-info.com", "45.11.57.3"))

    # HTML entity-obfuscated href
    href = "".join(f"&#{ord(c)};" for c in "https://rakuten-co-jp.login-sv.top/")
    h = html(f"""<p>楽天会員様</p><p>楽天会員情報の不正アクセスを検知しました。パスワードを変更してください。</p>
<p><a href="{href}">楽天会員情報管理</a></p>""")
    write(P, "rakuten-entity-encoded-href", "楽天", "UTF-8 base64 HTML-only",
          "href written as HTML numeric entities; .top lookalike",
          from_=addr("楽天市場", "member@login-sv.top"), subject=ew("【楽天】会員情報への不正アクセスについて"),
          body=leaf(h, "html"), env_from="member@login-sv.top", relay=("login-sv.top", "45.141.84.10"))

    # reply-to only, no links, asks card by reply
    t = """イオンカード会員様

カードの不正利用防止システムにより、お客様のカードを一時停止いたしました。
再開をご希望の場合、本メールにご返信のうえ、以下の項目をお知らせください。

・氏名
・カード番号（16桁）
・有効期限
・セキュリティコード
・生年月日

イオンカード 不正利用対策室
"""
    write(P, "aeon-reply-to-card-request-no-link", "イオンカード", "Shift_JIS 8bit plain",
          "no link; asks card number/CVV by reply; Reply-To freemail different from From",
          from_=addr("イオンカード", "support@aeon-card-center.net", "Shift_JIS"), subject=ew("【イオンカード】カード一時停止のお知らせ", "Shift_JIS"),
          body=leaf(t, "plain", "shift_jis", "8bit"), env_from="support@aeon-card-center.net", relay=("aeon-card-center.net", "103.75.118.2"),
          extra=[("Reply-To", "aeon.taisaku2025@gmail.com")])

    # fullwidth + zero-width in display name & subject
    t = """メルカリをご利用いただきありがとうございます。

お客様の売上金の振込申請が保留されています。
振込先口座の確認のため、下記よりログインしてください。

https://jp.merucari-kouza.com/login

メルカリ
"""
    write(P, "mercari-fullwidth-zero-width-display", "メルカリ", "UTF-8 base64 plain; From with ZWSP",
          "display name ｍｅｒｃａｒｉ with zero-width space; merucari lookalike",
          from_=addr("ｍｅｒ\u200bｃａｒｉ", "no-reply@merucari-kouza.com"), subject=ew("【メル\u200bカリ】売上金振込申請の保留について"),
          body=leaf(t), env_from="no-reply@merucari-kouza.com", relay=("merucari-kouza.com", "45.89.127.33"))

    # EUC-JP
    t = """えきねっと会員各位

平素より、えきねっとをご利用いただき誠にありがとうございます。
会員情報の定期確認のため、下記よりログインし、クレジットカード情報をご確認ください。

https://ekinet-member.jp.net/login

ＪＲ東日本
"""
    write(P, "ekinet-euc-jp-jp-net", "えきねっと", "EUC-JP 8bit plain; subject EUC-JP B",
          "EUC-JP charset; ekinet-member.jp.net (registrable jp.net); card info",
          from_=addr("えきねっと", "info@ekinet-member.jp.net"), subject="=?EUC-JP?B?" + __import__("base64").b64encode("【えきねっと】会員情報確認".encode("euc_jp")).decode() + "?=",
          body=(leaf(t, "plain", "euc-jp", "8bit")), env_from="info@ekinet-member.jp.net", relay=("jp.net", "59.153.22.9"))

    # Missing charset parameter with ISO-2022-JP bytes
    raw = """ETC利用照会サービス

お客様のETCカードの有効期限が切れています。
ご利用を継続するには、下記より更新手続きを行ってください。
https://etc-meisai.jp-kousin.com/

ETC利用照会サービス事務局
""".replace("\n", "\r\n").encode("iso2022_jp")
    write(P, "etc-missing-charset-iso2022jp-bytes", "ETC利用照会サービス", "ISO-2022-JP bytes, no charset param",
          "Content-Type text/plain without charset; etc-meisai.jp-kousin.com",
          from_=addr("ETC利用照会サービス", "info@jp-kousin.com", "ISO-2022-JP"), subject=ew("ETCカード有効期限のお知らせ", "ISO-2022-JP"),
          body=([("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "7bit")], raw),
          env_from="info@jp-kousin.com", relay=("jp-kousin.com", "39.107.8.1"))

    # Japanese IDN lookalike
    h = html("""<p>Amazonをご利用いただきありがとうございます。</p><p>ギフトカード残高の有効期限が迫っています。</p>
<p><a href="https://xn--cckwcxetd.com/gc/">残高を確認する</a></p>""")
    write(P, "amazon-japanese-idn-amazon-katakana-com", "Amazon", "UTF-8 base64 HTML-only",
          "Japanese IDN アマゾン.com (xn--cckwcxetd.com); gift-card lure",
          from_=addr("アマゾン", "gc@xn--cckwcxetd.com"), subject=ew("Amazonギフトカード残高の有効期限のお知らせ"),
          body=leaf(h, "html"), env_from="gc@xn--cckwcxetd.com", relay=("xn--cckwcxetd.com", "45.84.0.18"))

    # tech-support phone scam, no link
    t = """Microsoft Windows Defender

お使いのコンピューターでウイルスが検出されました。個人情報とクレジットカード情報が危険にさらされています。
直ちにMicrosoftサポートセンターまでお電話ください。

サポート窓口：050-5532-8194（24時間受付）

Microsoft Corporation
"""
    write(P, "microsoft-tech-support-phone-no-link", "Microsoft", "UTF-8 QP plain",
          "no link; callback phone number; virus scare",
          from_=addr("Microsoft Support", "alert@win-defender-jp.com"), subject=ew("【警告】ウイルスが検出されました"),
          body=leaf(t, "plain", "utf-8", "quoted-printable"), env_from="alert@win-defender-jp.com", relay=("win-defender-jp.com", "45.138.16.2"))

    # ---------- genuine ----------
    # Amazon real prime payment failure
    h = html("""<p>鈴木 花子 様</p><p>Amazonプライムをご利用いただきありがとうございます。</p>
<p>Amazonプライム会費のお支払いに使用できる有効なクレジットカードが登録されていません。会員特典を引き続きご利用いただくには、お支払い方法を更新してください。</p>
<p><a href="https://www.amazon.co.jp/gp/r.html?C=1AB2&amp;U=https%3A%2F%2Fwww.amazon.co.jp%2Fgp%2Fprime%2Fpipeline%2Fmembersignup">お支払い方法を更新</a></p>
<p>Amazon.co.jp</p>""")
    write(G, "amazon-prime-payment-failed-real", "Amazon", "UTF-8 QP HTML-only",
          "real prime payment-failed notice with the wording phishing copies; AR pass", to="hanako.suzuki@gmail.com", mx=GM,
          from_=addr("Amazon.co.jp", "prime@amazon.co.jp"), subject=ew("Amazonプライム会費のお支払い方法に問題があります"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="2025101@bounces.amazon.co.jp",
          relay=("a27-50.smtp-out.us-west-2.amazonses.com", "54.240.27.50"),
          auth=ar_pass("amazon.co.jp", "2025101@bounces.amazon.co.jp"), dkim_d="amazon.co.jp")

    # SMBC bank real AML check
    txt = """三井住友銀行をご利用いただき、ありがとうございます。

当行では、マネー・ローンダリング等防止の観点から、お客さまの情報や取引の目的等を定期的に確認させていただいております。
お手数ですが、三井住友銀行アプリまたはSMBCダイレクトにログインのうえ、回答をお願いいたします。

回答期限：2025年11月30日
ご回答いただけない場合、お取引の一部を制限させていただく場合がございます。

SMBCダイレクト https://direct.smbc.co.jp/

※当行からのメールでお客さまの暗証番号をお尋ねすることはありません。
株式会社三井住友銀行
"""
    write(G, "smbc-bank-aml-check-real", "三井住友銀行", "UTF-8 base64 plain",
          "real AML info-check with deadline and 取引制限 wording; AR pass smbc.co.jp",
          from_=addr("三井住友銀行", "info@smbc.co.jp"), subject=ew("【三井住友銀行】お客さま情報・お取引目的等のご確認のお願い"),
          body=leaf(txt), env_from="info@smbc.co.jp", relay=("mo.smbc.co.jp", "210.149.250.3"),
          auth=ar_pass("smbc.co.jp", "info@smbc.co.jp"), dkim_d="smbc.co.jp")

    # Eki-net real auto-withdrawal notice
    txt = """山田 太郎 様

えきねっとをご利用いただきありがとうございます。
お客様のえきねっと会員登録は、最終ご利用日から1年以上ご利用がないため、2025年11月30日に自動退会となります。
継続してご利用いただく場合は、期日までにえきねっとにログインしてください。

えきねっと https://www.eki-net.com/

東日本旅客鉄道株式会社
"""
    write(G, "ekinet-auto-withdrawal-real", "えきねっと", "ISO-2022-JP 7bit",
          "real 自動退会 notice (same topic as phishing); AR pass",
          from_=addr("えきねっと", "info@eki-net.com", "ISO-2022-JP"), subject=ew("【えきねっと】自動退会のご案内", "ISO-2022-JP"),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="info@eki-net.com", relay=("mail.eki-net.com", "210.171.160.4"),
          auth=ar_pass("eki-net.com", "info@eki-net.com"), dkim_d="eki-net.com")

    # JCB newsletter, visible official URL but href via brand's click tracker subdomain
    h = html("""<p>JCBカード会員の皆さまへ</p><p>今月のおすすめキャンペーン情報をお届けします。</p>
<p><a href="https://click.qa.jcb.co.jp/?qs=a1b2c3d4e5f60718293a4b5c6d7e8f90">https://www.jcb.co.jp/campaign/</a></p>
<p>配信停止は<a href="https://click.qa.jcb.co.jp/?qs=ffeeddccbbaa">こちら</a></p><p>株式会社ジェーシービー</p>""")
    write(G, "jcb-newsletter-visible-url-vs-brand-tracker", "JCB", "Shift_JIS base64 HTML-only",
          "visible URL www.jcb.co.jp, href click.qa.jcb.co.jp tracker (same org); AR pass",
          from_=addr("JCB", "jcb-info@qa.jcb.co.jp", "Shift_JIS"), subject=ew("【JCB】今月のキャンペーン情報", "Shift_JIS"),
          body=leaf(h.replace("utf-8", "Shift_JIS"), "html", "shift_jis", "base64"), env_from="bounce@qa.jcb.co.jp",
          relay=("mta.qa.jcb.co.jp", "210.161.194.9"), auth=ar_pass("qa.jcb.co.jp", "bounce@qa.jcb.co.jp"), dkim_d="qa.jcb.co.jp")

    # Newsletter: visible official URL, href via third-party ESP tracker (no brand in host)
    h = html("""<p>セゾンカード会員様</p><p>永久不滅ポイントが当たるキャンペーン実施中！</p>
<p>詳しくは <a href="https://u3321098.ct.sendgrid.net/ls/click?upn=u001.Qx9-2BzT7">https://www.saisoncard.co.jp/campaign/</a></p>
<p>株式会社クレディセゾン</p>""")
    write(G, "saison-newsletter-visible-url-vs-esp-tracker", "セゾンカード", "UTF-8 QP HTML-only",
          "visible official URL but href is ct.sendgrid.net tracker (real newsletters do this); AR pass",
          from_=addr("セゾンカード", "info@ml.saisoncard.co.jp"), subject=ew("【セゾンカード】ポイントが当たるキャンペーンのご案内"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="bounces+3321098@em.saisoncard.co.jp",
          relay=("o1.ptr9921.saisoncard.co.jp", "149.72.160.10"),
          auth=ar_pass("ml.saisoncard.co.jp", "bounces+3321098@em.saisoncard.co.jp", "NONE"), dkim_d="ml.saisoncard.co.jp")

    # Rakuten newsletter with r10.to and r.rakuten.co.jp, お客様
    h = html("""<p>楽天会員の皆様</p><p>お買い物マラソン開催中！ポイント最大46倍。</p>
<p><a href="https://r10.to/hYx3Kp">キャンペーンページへ</a> / <a href="https://r.rakuten.co.jp/5uKx81a">エントリーはこちら</a></p>
<p>楽天グループ株式会社 https://www.rakuten.co.jp/</p>""")
    write(G, "rakuten-newsletter-r10-shortener", "楽天市場", "ISO-2022-JP 7bit HTML-only",
          "Rakuten's own shortener r10.to + r.rakuten.co.jp; AR pass",
          from_=addr("楽天市場", "news@emagazine.rakuten.co.jp", "ISO-2022-JP"), subject=ew("【楽天市場】お買い物マラソン開催中！", "ISO-2022-JP"),
          body=leaf(h.replace("utf-8", "ISO-2022-JP"), "html", "iso-2022-jp", "7bit"), env_from="news@emagazine.rakuten.co.jp",
          relay=("mail.emagazine.rakuten.co.jp", "133.237.16.60"), auth=ar_pass("emagazine.rakuten.co.jp", "news@emagazine.rakuten.co.jp"),
          dkim_d="emagazine.rakuten.co.jp")

    # Mercari via mercari.com domain, merpay
    txt = """メルカリをご利用いただきありがとうございます。

メルペイの本人確認（アプリでかんたん本人確認）が完了しました。

メルカリ https://jp.mercari.com/
株式会社メルペイ
"""
    write(G, "merpay-kyc-complete-merpay-com", "メルカリ", "UTF-8 8bit plain, no CTE header",
          "secondary official domain merpay.com; 8bit UTF-8 with no Content-Transfer-Encoding; AR pass",
          from_=addr("メルペイ", "no-reply@merpay.com"), subject=ew("【メルペイ】本人確認完了のお知らせ"),
          body=([("Content-Type", "text/plain; charset=UTF-8")], txt.replace("\n", "\r\n").encode()),
          env_from="no-reply@merpay.com", relay=("o2.mail.merpay.com", "167.89.100.9"),
          auth=ar_pass("merpay.com", "no-reply@merpay.com"), dkim_d="merpay.com")

    # Amazon gift card from gc.email.amazon.co.jp with amzn.asia shortlink
    h = html("""<p>鈴木 花子 様</p><p>山田 太郎 様からAmazonギフトカードが届きました。</p>
<p>金額：￥3,000</p><p><a href="https://www.amazon.co.jp/gc/redeem?claimCode=XXXX-XXXXXX-XXXX">アカウントに登録する</a></p>
<p>アプリで開く: https://amzn.asia/d/7hKx2Qp</p>""")
    write(G, "amazon-giftcard-gc-email-amzn-asia", "Amazon", "UTF-8 base64 HTML-only",
          "gc.email.amazon.co.jp; Amazon's own shortener amzn.asia; AR pass", to="hanako.suzuki@gmail.com", mx=GM,
          from_=addr("Amazon.co.jp", "gc-orders@gc.email.amazon.co.jp"), subject=ew("山田 太郎様からAmazonギフトカードが届きました"),
          body=leaf(h, "html"), env_from="20251012@bounces.amazon.co.jp", relay=("a27-60.smtp-out.us-west-2.amazonses.com", "54.240.27.60"),
          auth=ar_pass("gc.email.amazon.co.jp", "20251012@bounces.amazon.co.jp"), dkim_d="gc.email.amazon.co.jp")

    # Apple newsletter insideapple.apple.com
    h = html("""<p>新しいiPhone。今すぐ予約受付中。</p><p><a href="https://www.apple.com/jp/iphone/?cid=em-jp-new">詳しく見る</a></p>
<p><a href="https://insideapple.apple.com/jp/unsubscribe">配信停止</a></p>
<p>Apple Japan 合同会社</p>""")
    write(G, "apple-newsletter-insideapple", "Apple", "UTF-8 QP multipart/alternative",
          "marketing from insideapple.apple.com; no AR",
          from_=addr("Apple", "News@insideapple.apple.com"), subject=ew("新しいiPhone。予約受付中。"),
          body=multi("alternative", leaf("https://www.apple.com/jp/iphone/\n", "plain", "utf-8", "quoted-printable"),
                     leaf(h, "html", "utf-8", "quoted-printable")),
          env_from="bounce@insideapple.apple.com", relay=("msbadger0502.apple.com", "17.254.6.101"), dkim_d="insideapple.apple.com")

    # PayPay card from paypay-card.co.jp
    txt = """PayPayカードをご利用いただきありがとうございます。

ご利用明細のお知らせです。
ご請求金額：23,451円
お支払日：2025年10月27日

明細はPayPayアプリまたは会員メニューでご確認ください。
https://www.paypay-card.co.jp/

PayPayカード株式会社
"""
    write(G, "paypay-card-statement", "PayPayカード", "Shift_JIS QP plain",
          "statement notice from paypay-card.co.jp; AR pass",
          from_=addr("PayPayカード", "info@paypay-card.co.jp", "Shift_JIS"), subject=ew("【PayPayカード】ご利用代金明細確定のお知らせ", "Shift_JIS"),
          body=leaf(txt, "plain", "shift_jis", "quoted-printable"), env_from="info@paypay-card.co.jp",
          relay=("mail.paypay-card.co.jp", "210.131.2.10"), auth=ar_pass("paypay-card.co.jp", "info@paypay-card.co.jp"),
          dkim_d="paypay-card.co.jp")

    # docomo from nttdocomo.co.jp? Use smart.nttdocomo? -> docomo ahamo
    txt = """ahamoをご利用いただきありがとうございます。

2025年10月分のご利用料金が確定しました。
ご請求額：2,970円

詳細はahamoアプリ・サイトでご確認ください。
https://ahamo.com/

株式会社NTTドコモ
"""
    write(G, "docomo-ahamo-bill-ahamo-com", "docomo", "UTF-8 base64 plain",
          "sub-brand domain ahamo.com; AR pass",
          from_=addr("ahamo", "info@mail.ahamo.com"), subject=ew("【ahamo】ご利用料金確定のお知らせ"),
          body=leaf(txt), env_from="info@mail.ahamo.com", relay=("mail.ahamo.com", "203.138.180.20"),
          auth=ar_pass("mail.ahamo.com", "info@mail.ahamo.com"), dkim_d="mail.ahamo.com")

    # Genuine ISO-2022-JP with missing charset (old system), view card
    raw = """ビューカード会員様

VIEW's NETのパスワードが変更されました。
お心当たりのない場合は、至急ビューカードセンターへご連絡ください。

株式会社ビューカード
https://www.viewsnet.jp/
""".replace("\n", "\r\n").encode("iso2022_jp")
    write(G, "viewcard-password-changed-missing-charset", "ビューカード", "ISO-2022-JP bytes, no charset param",
          "no charset param; 至急; AR pass viewsnet.jp",
          from_=addr("ビューカード", "info@viewsnet.jp", "ISO-2022-JP"), subject=ew("【ビューカード】パスワード変更のお知らせ", "ISO-2022-JP"),
          body=([("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "7bit")], raw),
          env_from="info@viewsnet.jp", relay=("mail.viewsnet.jp", "210.171.168.3"), auth=ar_pass("viewsnet.jp", "info@viewsnet.jp"))

    # Genuine SoftBank password-reset code, no AR, from softbank.jp
    txt = """ソフトバンクをご利用いただきありがとうございます。

SoftBank IDのパスワード再設定のための確認コードをお送りします。
確認コード：583920（有効期限30分）

お心当たりのない場合は、このメールを破棄してください。
ソフトバンク株式会社
"""
    write(G, "softbank-id-reset-code-noauth", "SoftBank", "ISO-2022-JP 7bit",
          "verification code; no AR",
          from_=addr("SoftBank", "noreply@id.my.softbank.jp", "ISO-2022-JP"), subject=ew("【ソフトバンク】確認コードのお知らせ", "ISO-2022-JP"),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="noreply@id.my.softbank.jp", relay=("id.my.softbank.jp", "126.240.66.20"))
