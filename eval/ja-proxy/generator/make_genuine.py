"""Genuine brand mails of the held-out proxy, written to look like the real notices (official domains,
real-style auth headers, ESP trackers). Texts are written here, not copied."""
from lib import (PNG, addr, ar_fail, ar_pass, binpart, ew, html, leaf, multi, write)

G = "genuine"
GM = "mx.google.com"


def gar(dom: str, mailfrom: str, p: str = "REJECT", dkim: str | None = None) -> str:
    d = dkim or dom
    return (f"dkim=pass header.i=@{d} header.s=s2048 header.b=Zx81Qw3e;\r\n       "
            f"spf=pass (google.com: domain of {mailfrom} designates 54.240.27.10 as permitted sender) smtp.mailfrom={mailfrom};\r\n       "
            f"dmarc=pass (p={p} sp={p} dis=NONE) header.from={dom}")


def run() -> None:
    to = "hanako.suzuki@gmail.com"
    # 1 Amazon order confirmation, QP multipart/alternative, Amazon's own redirect links
    txt = """鈴木 花子 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の確認をお知らせします。

注文番号: 250-1234567-8901234
注文日: 2025/10/12
お届け予定: 2025/10/14 火曜日

商品: ヤマザキ 食パン用 保存容器 1個
小計: ￥1,980

注文の詳細は「注文履歴」でご確認いただけます。
https://www.amazon.co.jp/gp/css/order-history?ref_=pe_2593712_

Amazon.co.jp
"""
    h = html("""<p>鈴木 花子 様</p><p>Amazon.co.jp をご利用いただき、ありがとうございます。ご注文の確認をお知らせします。</p>
<table><tr><td>注文番号</td><td><a href="https://www.amazon.co.jp/gp/r.html?C=2K3F&amp;R=1Z8&amp;T=C&amp;U=https%3A%2F%2Fwww.amazon.co.jp%2Fyour-orders%2Forder-details%3ForderID%3D250-1234567-8901234&amp;A=XQ&amp;H=Y1&amp;ref_=pe_2593712_">250-1234567-8901234</a></td></tr>
<tr><td>お届け予定</td><td>2025/10/14 火曜日</td></tr><tr><td>小計</td><td>￥1,980</td></tr></table>
<p><a href="https://www.amazon.co.jp/gp/r.html?C=2K3F&amp;U=https%3A%2F%2Fwww.amazon.co.jp%2Fgp%2Fcss%2Forder-history">注文履歴を見る</a></p>
<p style="font-size:11px">このメールアドレスは配信専用です。© 2025 Amazon.com, Inc. or its affiliates.</p>""")
    write(G, "amazon-order-confirmation-qp-alternative-gmail-ar", "Amazon", "UTF-8 QP multipart/alternative",
          "order confirmation; gp/r.html Amazon redirect; AR pass", to=to, mx=GM,
          from_=addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), subject=ew("Amazon.co.jp ご注文の確認"),
          body=multi("alternative", leaf(txt, "plain", "utf-8", "quoted-printable"), leaf(h, "html", "utf-8", "quoted-printable")),
          env_from="20251012001122a1b2c3@bounces.amazon.co.jp", relay=("a27-10.smtp-out.us-west-2.amazonses.com", "54.240.27.10"),
          auth=gar("amazon.co.jp", "20251012001122a1b2c3@bounces.amazon.co.jp"), dkim_d="amazon.co.jp")

    # 2 Amazon OTP, no Authentication-Results (old ISP)
    txt = """Amazon.co.jp

サインインを試みています。次のワンタイムパスワードを入力してください。

    482913

このコードの有効期限は10分です。

このリクエストに心当たりがない場合は、このメールを無視してください。Amazonのアカウントでパスワードを変更することをおすすめします。
Amazonは、お客様のパスワード、クレジットカード情報、銀行口座番号をお尋ねすることはありません。
"""
    write(G, "amazon-otp-noauth", "Amazon", "UTF-8 QP plain; subject B",
          "one-time password; no Authentication-Results",
          from_=addr("Amazon.co.jp", "account-update@amazon.co.jp"), subject=ew("Amazon.co.jp: サインインを試みています"),
          body=leaf(txt, "plain", "utf-8", "quoted-printable"), env_from="202510121@bounces.amazon.co.jp",
          relay=("a27-22.smtp-out.us-west-2.amazonses.com", "54.240.27.22"), dkim_d="amazon.co.jp")

    # 3 Amazon shipping, ISO-2022-JP, plain
    txt = """鈴木 花子 様

ご注文の商品を発送しました。配送状況は以下のリンクから確認できます。

お届け予定: 2025/10/14
配送業者: ヤマト運輸

配送状況を確認: https://www.amazon.co.jp/progress-tracker/package/ref=pe_2640190_?orderId=250-1234567-8901234

Amazon.co.jp
"""
    write(G, "amazon-shipment-iso2022jp-ar-pass", "Amazon", "ISO-2022-JP 7bit; subject B",
          "shipping notice; AR pass", to=to, mx=GM,
          from_=addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp", "ISO-2022-JP"),
          subject=ew("Amazon.co.jpでのご注文250-1234567-8901234を発送しました", "ISO-2022-JP", chunk=14),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="20251013@bounces.amazon.co.jp",
          relay=("a27-31.smtp-out.us-west-2.amazonses.com", "54.240.27.31"),
          auth=gar("amazon.co.jp", "20251013@bounces.amazon.co.jp"), dkim_d="amazon.co.jp")

    # 4 Rakuten card usage, ISO-2022-JP
    txt = """楽天カードをご利用いただきありがとうございます。

カードご利用の速報をお知らせいたします。
━━━━━━━━━━━━━━━━━━━━
■ご利用者：本人
■ご利用日：2025/10/12
■ご利用先：楽天市場
■ご利用金額：3,280 円
━━━━━━━━━━━━━━━━━━━━
ご利用内容の詳細は楽天e-NAVIでご確認いただけます。
https://www.rakuten-card.co.jp/e-navi/

※本メールは送信専用アドレスから送信しております。
楽天カード株式会社
"""
    write(G, "rakuten-card-usage-iso2022jp-ar-pass", "楽天カード", "ISO-2022-JP 7bit",
          "card usage notice; AR pass mail.rakuten-card.co.jp",
          from_=addr("楽天カード株式会社", "info@mail.rakuten-card.co.jp", "ISO-2022-JP"),
          subject=ew("カード利用のお知らせ(本人ご利用分)", "ISO-2022-JP"),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="bounce@mail.rakuten-card.co.jp",
          relay=("mail1.rakuten-card.co.jp", "133.237.16.10"), auth=ar_pass("mail.rakuten-card.co.jp", "bounce@mail.rakuten-card.co.jp"),
          dkim_d="mail.rakuten-card.co.jp")

    # 5 Rakuten ichiba order, Shift_JIS
    txt = """鈴木 花子 様

この度は楽天市場内のショップ「暮らしの雑貨店」をご利用いただきまして、誠にありがとうございます。
下記の通りご注文を承りましたのでご確認ください。

[受注番号] 312345-20251012-0123456789
[日時] 2025-10-12 21:14:03
[支払方法] クレジットカード
[商品] ステンレスボトル 500ml ①ホワイト 1個 2,480円

■ご注文内容の確認・変更
https://order.my.rakuten.co.jp/

楽天市場 https://www.rakuten.co.jp/
"""
    write(G, "rakuten-ichiba-order-sjis-cp932", "楽天市場", "Shift_JIS (CP932 ①) 8bit",
          "order confirmation; AR pass rakuten.co.jp", to=to, mx=GM,
          from_=addr("楽天市場", "order@rakuten.co.jp", "ISO-2022-JP"), subject=ew("【楽天市場】注文内容ご確認（自動配信メール）", "ISO-2022-JP", chunk=12),
          body=leaf(txt, "plain", "shift_jis", "8bit"), env_from="order@rakuten.co.jp",
          relay=("mx-om01.rakuten.co.jp", "133.237.16.50"), auth=gar("rakuten.co.jp", "order@rakuten.co.jp"), dkim_d="rakuten.co.jp")

    # 6 Rakuten bank login notice
    txt = """楽天銀行をご利用いただきありがとうございます。

2025/10/12 07:41 にログインがありました。
お心当たりがない場合は、楽天銀行カスタマーセンターまでご連絡ください。

楽天銀行株式会社
https://www.rakuten-bank.co.jp/
"""
    write(G, "rakuten-bank-login-notice-utf8", "楽天銀行", "UTF-8 base64 plain",
          "login notice; AR pass",
          from_=addr("楽天銀行", "service@ac.rakuten-bank.co.jp"), subject=ew("【楽天銀行】ログインのお知らせ"),
          body=leaf(txt), env_from="service@ac.rakuten-bank.co.jp", relay=("mo1.rakuten-bank.co.jp", "133.237.60.11"),
          auth=ar_pass("ac.rakuten-bank.co.jp", "service@ac.rakuten-bank.co.jp"), dkim_d="ac.rakuten-bank.co.jp")

    # 7 SMBC card usage, vpass.ne.jp
    txt = """山田 太郎 様

いつも三井住友カードをご利用頂きありがとうございます。
お客様のカードご利用内容をお知らせいたします。

ご利用カード：三井住友カード（NL）
◇利用日：2025/10/12 18:22
◇利用先：セブン-イレブン
◇利用取引：買物
◇利用金額：648円

ご利用内容の詳細はVpassアプリ・Vpassでご確認いただけます。
https://www.smbc-card.com/mem/index.jsp

三井住友カード株式会社
"""
    write(G, "smbc-card-usage-vpass-iso2022jp", "三井住友カード", "ISO-2022-JP 7bit",
          "card usage notice with name; AR pass vpass.ne.jp",
          from_=addr("三井住友カード", "statement@vpass.ne.jp", "ISO-2022-JP"), subject=ew("ご利用のお知らせ【三井住友カード】", "ISO-2022-JP"),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="statement@vpass.ne.jp", relay=("mail.vpass.ne.jp", "210.130.4.10"),
          auth=ar_pass("vpass.ne.jp", "statement@vpass.ne.jp"), dkim_d="vpass.ne.jp")

    # 8 SMBC card urgent fraud check (real style: call the number, no link) -- urgent wording
    txt = """山田 太郎 様

【重要】三井住友カードから緊急のご連絡

お客様のカードで不正利用の可能性があるご利用を検知したため、
現在カードのご利用を一時的に制限しております。

お手数ですが、至急カード裏面に記載の電話番号、または下記までご連絡ください。
三井住友カード 不正利用専用ダイヤル 0120-919-456（24時間受付）

※当社から、メールやSMSでカード番号・暗証番号・セキュリティコードをお尋ねすることはございません。
三井住友カード株式会社
"""
    write(G, "smbc-card-urgent-fraud-call-no-link", "三井住友カード", "UTF-8 QP plain",
          "genuine urgent 利用制限 notice, phone only, no link; AR pass",
          from_=addr("三井住友カード", "information@vpass.ne.jp"), subject=ew("【重要】三井住友カードから緊急のご連絡"),
          body=leaf(txt, "plain", "utf-8", "quoted-printable"), env_from="information@vpass.ne.jp", relay=("mail2.vpass.ne.jp", "210.130.4.11"),
          auth=ar_pass("vpass.ne.jp", "information@vpass.ne.jp"), dkim_d="vpass.ne.jp")

    # 9 MUFG bank login notice
    txt = """山田 太郎 様

三菱UFJダイレクトにログインされました。

ログイン日時：2025年10月12日 08時05分
ご利用環境：スマートフォンアプリ

お心当たりのない場合は、至急下記のお問い合わせ先へご連絡ください。
三菱UFJダイレクト専用ダイヤル 0120-543-555

※三菱UFJ銀行が、メールでパスワード等の入力をお願いすることはありません。
株式会社三菱UFJ銀行
https://www.bk.mufg.jp/
"""
    write(G, "mufg-bank-login-notice-sjis", "三菱UFJ銀行", "Shift_JIS base64 plain",
          "login notice with 至急; AR pass bk.mufg.jp",
          from_=addr("三菱UFJ銀行", "direct@bk.mufg.jp", "Shift_JIS"), subject=ew("【三菱UFJ銀行】ログインのお知らせ", "Shift_JIS"),
          body=leaf(txt, "plain", "shift_jis", "base64"), env_from="direct@bk.mufg.jp", relay=("mo.bk.mufg.jp", "202.214.160.4"),
          auth=ar_pass("bk.mufg.jp", "direct@bk.mufg.jp"), dkim_d="bk.mufg.jp")

    # 10 Mizuho, phishing warning newsletter (お客様各位 + phishing words)
    txt = """お客さま各位

みずほ銀行を装った不審なメール・SMSにご注意ください

最近、みずほ銀行を装い「利用制限のお知らせ」「お客さま情報の確認」などの件名で、
偽サイトへ誘導し、ログインパスワードや第2暗証番号を盗み取ろうとするメールが確認されています。

当行から、メールやSMSでお客さまの暗証番号・パスワードを入力いただくようお願いすることはありません。
不審なメールに記載されたURLにはアクセスしないでください。

詳しくは当行ホームページをご確認ください。
https://www.mizuhobank.co.jp/crime/

株式会社みずほ銀行
"""
    write(G, "mizuho-phishing-warning-okyakusama", "みずほ銀行", "UTF-8 base64 plain",
          "official phishing warning: contains lure subjects, お客さま各位, 利用制限; AR pass",
          from_=addr("みずほ銀行", "mizuhobank@mail.mizuhobank.co.jp"), subject=ew("【みずほ銀行】不審なメール・SMSにご注意ください"),
          body=leaf(txt), env_from="bounce@mail.mizuhobank.co.jp", relay=("mo1.mizuhobank.co.jp", "210.148.118.5"),
          auth=ar_pass("mail.mizuhobank.co.jp", "bounce@mail.mizuhobank.co.jp"), dkim_d="mail.mizuhobank.co.jp")

    # 11 Yucho direct transfer notice
    txt = """ゆうちょダイレクトをご利用いただき、ありがとうございます。

送金のお手続きを受け付けました。

受付日時：2025年10月12日 12時30分
送金金額：15,000円

お心当たりのない場合は、ゆうちょダイレクトサポートデスクにお問い合わせください。

株式会社ゆうちょ銀行
https://www.jp-bank.japanpost.jp/
"""
    write(G, "yucho-direct-transfer-iso2022jp", "ゆうちょ銀行", "ISO-2022-JP 7bit",
          "transaction notice; AR pass jp-bank.japanpost.jp",
          from_=addr("ゆうちょ銀行", "direct@jp-bank.japanpost.jp", "ISO-2022-JP"), subject=ew("【ゆうちょ銀行】送金受付のお知らせ", "ISO-2022-JP"),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="direct@jp-bank.japanpost.jp",
          relay=("mail.jp-bank.japanpost.jp", "210.156.65.1"), auth=ar_pass("jp-bank.japanpost.jp", "direct@jp-bank.japanpost.jp"))

    # 12 AEON card usage, HTML with ESP tracker? (plain html)
    h = html("""<p>鈴木 花子 様</p><p>イオンカードをご利用いただきありがとうございます。</p>
<p>以下のご利用がありましたのでお知らせいたします。</p>
<p>ご利用日：2025/10/12<br>ご利用先：イオンスタイル<br>ご利用金額：4,321円</p>
<p>ご利用明細は<a href="https://www.aeon.co.jp/app/">イオンウォレット</a>でご確認ください。</p>
<p>イオンクレジットサービス株式会社</p>""")
    write(G, "aeon-card-usage-html-ar-pass", "イオンカード", "UTF-8 base64 HTML-only",
          "usage notice, named; link text only to official", to=to, mx=GM,
          from_=addr("イオンカード", "info@mail.aeon.co.jp"), subject=ew("【イオンカード】カードご利用のお知らせ"),
          body=leaf(h, "html"), env_from="bounce@mail.aeon.co.jp", relay=("mo.mail.aeon.co.jp", "202.32.8.10"),
          auth=gar("mail.aeon.co.jp", "bounce@mail.aeon.co.jp", "QUARANTINE"), dkim_d="mail.aeon.co.jp")

    # 13 JCB usage qa.jcb.co.jp
    txt = """山田 太郎 様

JCBカードのご利用がありましたのでお知らせします。

【ご利用日時】2025/10/12 19:44
【ご利用金額】12,800円
【ご利用先】ＪＣＢ加盟店

ご利用内容はMyJCBでご確認いただけます。
https://my.jcb.co.jp/

株式会社ジェーシービー
"""
    write(G, "jcb-usage-qa-jcb-co-jp", "JCB", "ISO-2022-JP 7bit",
          "usage notice from qa.jcb.co.jp; AR pass",
          from_=addr("JCB", "mail@qa.jcb.co.jp"), subject=ew("JCBカード／ショッピングご利用のお知らせ", "ISO-2022-JP"),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="bounce@qa.jcb.co.jp", relay=("mail.qa.jcb.co.jp", "210.161.194.5"),
          auth=ar_pass("qa.jcb.co.jp", "bounce@qa.jcb.co.jp"), dkim_d="qa.jcb.co.jp")

    # 14 EPOS newsletter via ESP tracker
    h = html("""<p>エポスカード会員様</p><p>秋のおトクなキャンペーンのご案内です。</p>
<p><a href="https://u1234567.ct.sendgrid.net/ls/click?upn=u001.Ab3kZ9QpLm-2BxT8">キャンペーン詳細はこちら</a></p>
<p><a href="https://u1234567.ct.sendgrid.net/ls/click?upn=u001.Ux7aQ2">配信停止</a></p>
<img src="https://u1234567.ct.sendgrid.net/wf/open?upn=u001.x8" width="1" height="1" alt="">
<p>株式会社エポスカード https://www.eposcard.co.jp/</p>""")
    write(G, "epos-newsletter-sendgrid-tracker", "エポスカード", "UTF-8 QP HTML-only",
          "newsletter; links via SendGrid ct.sendgrid.net click tracker; AR pass",
          from_=addr("エポスカード", "info@mail.eposcard.co.jp"), subject=ew("【エポスカード】秋のキャンペーンのご案内"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="bounces+1234567@em.eposcard.co.jp",
          relay=("o1.ptr1234.eposcard.co.jp", "149.72.150.1"),
          auth=ar_pass("mail.eposcard.co.jp", "bounces+1234567@em.eposcard.co.jp", "NONE"), dkim_d="mail.eposcard.co.jp")

    # 15 Saison statement
    txt = """セゾンカード会員様

2025年11月4日お支払い分のご請求金額が確定しましたのでお知らせいたします。
ご請求金額はNetアンサーまたはセゾンPortalアプリでご確認ください。
https://www.saisoncard.co.jp/

株式会社クレディセゾン
"""
    write(G, "saison-billing-confirmed", "セゾンカード", "UTF-8 base64 plain",
          "billing amount notice; AR pass",
          from_=addr("セゾンカード", "info@ml.saisoncard.co.jp"), subject=ew("【セゾンカード】ご請求金額確定のお知らせ"),
          body=leaf(txt), env_from="info@ml.saisoncard.co.jp", relay=("ml.saisoncard.co.jp", "61.199.3.10"),
          auth=ar_pass("ml.saisoncard.co.jp", "info@ml.saisoncard.co.jp"), dkim_d="ml.saisoncard.co.jp")

    # 16 au billing
    txt = """au をご利用いただきありがとうございます。

2025年10月ご請求金額が確定しました。
ご請求金額：7,238円

詳細はMy auでご確認ください。
https://my.au.com/

KDDI株式会社
"""
    write(G, "au-billing-my-au", "au", "ISO-2022-JP 7bit",
          "billing notice; AR pass au.com",
          from_=addr("au", "au_info@au.com", "ISO-2022-JP"), subject=ew("【au】ご請求金額確定のお知らせ", "ISO-2022-JP"),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="au_info@au.com", relay=("mail.au.com", "111.86.141.10"),
          auth=ar_pass("au.com", "au_info@au.com"), dkim_d="au.com")

    # 17 docomo dpoint, multipart/related
    h = html("""<p><img src="cid:dlogo" alt="docomo"></p><p>dポイントクラブ会員さま</p>
<p>今月失効予定のdポイント（期間・用途限定）があります：320ポイント</p>
<p><a href="https://dpoint.docomo.ne.jp/member/point_info/index.html">ポイント履歴を確認する</a></p>
<p>株式会社NTTドコモ</p>""")
    write(G, "docomo-dpoint-related-inline-logo", "docomo", "UTF-8 base64 multipart/related",
          "points expiring (real lure topic) from docomo.ne.jp; inline logo; AR pass",
          from_=addr("dポイントクラブ", "dpoint@mail.dpoint.docomo.ne.jp"), subject=ew("【dポイント】今月失効予定のポイントのお知らせ"),
          body=multi("related", leaf(h, "html"), binpart(PNG, "image/png", "d.png", cid="dlogo")),
          env_from="bounce@mail.dpoint.docomo.ne.jp", relay=("mail.dpoint.docomo.ne.jp", "203.138.180.5"),
          auth=ar_pass("mail.dpoint.docomo.ne.jp", "bounce@mail.dpoint.docomo.ne.jp"), dkim_d="docomo.ne.jp")

    # 18 SoftBank billing
    txt = """ソフトバンクをご利用いただき、ありがとうございます。

2025年10月分のご請求金額をお知らせします。
ご請求金額：5,830円（税込）

内訳は「My SoftBank」でご確認いただけます。
https://my.softbank.jp/msb/

ソフトバンク株式会社
"""
    write(G, "softbank-billing-softbank-jp", "SoftBank", "UTF-8 QP plain",
          "billing notice; AR pass softbank.jp",
          from_=addr("ソフトバンク", "sbinfo@mail.softbank.jp"), subject=ew("【ソフトバンク】ご請求金額のお知らせ"),
          body=leaf(txt, "plain", "utf-8", "quoted-printable"), env_from="sbinfo@mail.softbank.jp", relay=("mail.softbank.jp", "126.240.66.10"),
          auth=ar_pass("mail.softbank.jp", "sbinfo@mail.softbank.jp"), dkim_d="mail.softbank.jp")

    # 19 PayPay OTP
    txt = """PayPayをご利用いただきありがとうございます。

認証コード：7264

このコードを第三者に教えないでください。PayPayのスタッフがコードを尋ねることはありません。
心当たりがない場合は、このメールを破棄してください。

PayPay株式会社
"""
    write(G, "paypay-otp-code", "PayPay", "UTF-8 base64 plain",
          "one-time code; no link; AR pass paypay.ne.jp",
          from_=addr("PayPay", "no-reply@paypay.ne.jp"), subject=ew("【PayPay】認証コードのお知らせ"),
          body=leaf(txt), env_from="no-reply@paypay.ne.jp", relay=("mta.paypay.ne.jp", "13.114.5.2"),
          auth=ar_pass("paypay.ne.jp", "no-reply@paypay.ne.jp"), dkim_d="paypay.ne.jp")

    # 20 Mercari sold
    h = html("""<p>すずきさん</p><p>あなたが出品した商品が購入されました。</p>
<p>商品名：北欧風 マグカップ 2個セット</p><p>購入者からの支払いが完了しましたので、商品を発送してください。</p>
<p><a href="https://jp.mercari.com/transaction/m12345678901">取引画面を開く</a></p><p>メルカリ</p>""")
    write(G, "mercari-item-sold-html", "メルカリ", "UTF-8 base64 multipart/alternative",
          "item sold; jp.mercari.com; AR pass mercari.jp", to=to, mx=GM,
          from_=addr("メルカリ", "no-reply@mercari.jp"), subject=ew("【メルカリ】商品が購入されました"),
          body=multi("alternative", leaf("取引画面: https://jp.mercari.com/transaction/m12345678901\n"), leaf(h, "html")),
          env_from="bounce@mercari.jp", relay=("o2.mail.mercari.jp", "167.89.100.2"), auth=gar("mercari.jp", "bounce@mercari.jp"),
          dkim_d="mercari.jp")

    # 21 Eki-net reservation
    txt = """山田 太郎 様

えきねっとをご利用いただきありがとうございます。
以下の内容でご予約を承りました。

乗車日：2025年10月20日
列車名：はやぶさ 17号
区間：東京 → 仙台
座席：8号車 5番A席

お受け取りは、えきねっとアプリまたは指定席券売機で行ってください。
https://www.eki-net.com/

東日本旅客鉄道株式会社
"""
    write(G, "ekinet-reservation-iso2022jp", "えきねっと", "ISO-2022-JP 7bit",
          "reservation; AR pass eki-net.com",
          from_=addr("えきねっと", "info@eki-net.com", "ISO-2022-JP"), subject=ew("【えきねっと】ご予約内容のお知らせ", "ISO-2022-JP"),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="info@eki-net.com", relay=("mail.eki-net.com", "210.171.160.4"),
          auth=ar_pass("eki-net.com", "info@eki-net.com"), dkim_d="eki-net.com")

    # 22 Yamato delivery
    txt = """鈴木 花子 様

ヤマト運輸です。
お荷物のお届け予定をお知らせします。

お届け予定日時：10月14日 14時〜16時
送り状番号：4321-5678-9012
ご依頼主：アマゾンジャパン合同会社

受け取り日時・場所の変更はこちら
https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?type=1&no=432156789012

※このメールは送信専用です。
"""
    write(G, "yamato-delivery-schedule", "ヤマト運輸", "ISO-2022-JP 7bit",
          "delivery schedule, named; AR pass", to=to, mx=GM,
          from_=addr("ヤマト運輸", "mail@kuronekoyamato.co.jp", "ISO-2022-JP"), subject=ew("ヤマト運輸 お届け予定のお知らせ", "ISO-2022-JP"),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="mail@kuronekoyamato.co.jp",
          relay=("mail.kuronekoyamato.co.jp", "210.141.20.5"), auth=gar("kuronekoyamato.co.jp", "mail@kuronekoyamato.co.jp"),
          dkim_d="kuronekoyamato.co.jp")

    # 23 Japan Post
    txt = """ゆうパックのお届け予定をお知らせします。

お問い合わせ番号：1234-5678-9012
お届け予定日：2025年10月15日

配達状況はこちら
https://trackings.post.japanpost.jp/services/srv/search/?requestNo1=123456789012

日本郵便株式会社
"""
    write(G, "japanpost-yupack-notice", "日本郵便", "UTF-8 base64 plain",
          "delivery notice; AR pass post.japanpost.jp",
          from_=addr("日本郵便", "notice@post.japanpost.jp"), subject=ew("【日本郵便】ゆうパックお届け予定のお知らせ"),
          body=leaf(txt), env_from="notice@post.japanpost.jp", relay=("mail.post.japanpost.jp", "210.156.65.20"),
          auth=ar_pass("post.japanpost.jp", "notice@post.japanpost.jp"))

    # 24 Sagawa
    txt = """佐川急便をご利用いただきありがとうございます。

お荷物のお届け予定をお知らせいたします。
お問い合せ送り状No.：3601-2345-6789
お届け予定日：2025年10月15日 午前中

お届け日時の変更は下記よりお手続きください。
https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=360123456789

佐川急便株式会社
"""
    write(G, "sagawa-delivery-notice-sjis", "佐川急便", "Shift_JIS QP plain",
          "delivery notice; AR pass sagawa-exp.co.jp",
          from_=addr("佐川急便", "info@ds.sagawa-exp.co.jp", "Shift_JIS"), subject=ew("佐川急便 お届け予定のお知らせ", "Shift_JIS"),
          body=leaf(txt, "plain", "shift_jis", "quoted-printable"), env_from="info@ds.sagawa-exp.co.jp",
          relay=("ds.sagawa-exp.co.jp", "202.218.32.40"), auth=ar_pass("ds.sagawa-exp.co.jp", "info@ds.sagawa-exp.co.jp"))

    # 25 Apple receipt
    h = html("""<p>領収書</p><p>APPLE ACCOUNT: hanako.suzuki@gmail.com</p>
<p>ご請求日: 2025年10月12日 / ご注文番号: MQ7X2K9PLM</p>
<p>iCloud+ 50GB（月額） ¥150</p>
<p><a href="https://reportaproblem.apple.com/">問題を報告する</a> | <a href="https://apps.apple.com/account/subscriptions">サブスクリプションを管理</a></p>
<p>Apple Japan 合同会社 〒106-6140 東京都港区六本木6-10-1</p>""")
    write(G, "apple-receipt-email-apple-com", "Apple", "UTF-8 QP HTML-only",
          "receipt; email.apple.com; AR pass", to=to, mx=GM,
          from_=addr("Apple", "no_reply@email.apple.com"), subject=ew("Appleからの領収書です"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="bounce-1234@email.apple.com",
          relay=("rn-mailsvcp-mta-lapp01.rno.apple.com", "17.179.250.12"), auth=gar("email.apple.com", "bounce-1234@email.apple.com"),
          dkim_d="email.apple.com")

    # 26 Apple account sign-in notice
    txt = """鈴木 花子 様

お使いの Apple Account (hanako.suzuki@gmail.com) が、新しいデバイスで Web ブラウザから iCloud へのサインインに使用されました。

日時: 2025年10月12日 20:13 JST

最近このサインインを行った場合は、このメールを無視してください。
最近サインインしておらず、ほかのユーザがお使いのアカウントにアクセスした可能性がある場合は、account.apple.com でパスワードを変更してください。

Apple サポート
"""
    write(G, "apple-account-signin-notice", "Apple", "UTF-8 QP plain",
          "security notice with 'change password'; id.apple.com; AR pass", to=to, mx=GM,
          from_=addr("Apple", "noreply@id.apple.com"), subject=ew("お使いの Apple Account が iCloud へのサインインに使用されました"),
          body=leaf(txt, "plain", "utf-8", "quoted-printable"), env_from="noreply@id.apple.com",
          relay=("rn2-txn-msbadger06105.apple.com", "17.111.110.100"), auth=gar("id.apple.com", "noreply@id.apple.com"),
          dkim_d="id.apple.com")

    # 27 Microsoft unusual sign-in (urgent, real)
    txt = """Microsoft アカウント

異常なサインイン アクティビティ

Microsoft アカウント ha***@gmail.com で異常なサインイン アクティビティが検出されました。

サインインの詳細
国/地域: ベトナム
IP アドレス: 14.161.22.3
日付: 2025/10/12 3:14 (JST)

心当たりがない場合は、お客様のアカウントが侵害された可能性があります。アカウントの安全を確保するために、以下の手順を実行してください。
最近のアクティビティを確認する: https://account.live.com/Activity

これが自分であれば、無視してかまいません。

オプトアウトまたは通知の送信先を変更するには、ここをクリックしてください: https://account.live.com/SecurityNotifications/Update

Microsoft アカウント チーム
"""
    write(G, "microsoft-unusual-signin-accountprotection", "Microsoft", "UTF-8 QP plain",
          "urgent real security alert; accountprotection.microsoft.com; masked address; AR pass", to=to, mx=GM,
          from_=addr("Microsoft アカウント チーム", "account-security-noreply@accountprotection.microsoft.com"),
          subject=ew("Microsoft アカウントの異常なサインイン アクティビティ"),
          body=leaf(txt, "plain", "utf-8", "quoted-printable"), env_from="account-security-noreply@accountprotection.microsoft.com",
          relay=("mail-ty1jpn01on2050.outbound.protection.outlook.com", "40.107.74.50"),
          auth=gar("accountprotection.microsoft.com", "account-security-noreply@accountprotection.microsoft.com"),
          dkim_d="accountprotection.microsoft.com")

    # 28 Microsoft security code
    txt = """Microsoft アカウント

セキュリティ コード

Microsoft アカウント ha*****@gmail.com に対して次のセキュリティ コードを使用してください。

セキュリティ コード: 918273

この要求に心当たりがない場合は、このメールを無視してかまいません。

ありがとうございます。
Microsoft アカウント チーム
"""
    write(G, "microsoft-security-code-noauth", "Microsoft", "UTF-8 base64 plain",
          "security code; no Authentication-Results",
          from_=addr("Microsoft アカウント チーム", "account-security-noreply@accountprotection.microsoft.com"),
          subject=ew("Microsoft アカウントのセキュリティ コード"), body=leaf(txt),
          env_from="account-security-noreply@accountprotection.microsoft.com",
          relay=("mail-os0jpn01on2070.outbound.protection.outlook.com", "40.107.113.70"), dkim_d="accountprotection.microsoft.com")

    # 29 Netflix real payment failure (same words as phishing)
    h = html("""<p><img src="https://assets.nflxext.com/us/email/gem/nflx.png" alt="NETFLIX"></p>
<p>花子さん</p><p>お支払いに問題があります</p>
<p>次回のお支払いを処理できませんでした。お支払い情報を更新して、引き続きNetflixをお楽しみください。</p>
<p><a href="https://www.netflix.com/YourAccountPayment?g=abc123&amp;lkid=URL_PAYMENT_UPDATE">お支払い情報を更新</a></p>
<p>Netflix</p>""")
    write(G, "netflix-payment-failed-genuine", "Netflix", "UTF-8 QP HTML-only",
          "real payment-failed notice with same wording as phishing; AR pass account.netflix.com", to=to, mx=GM,
          from_=addr("Netflix", "info@account.netflix.com"), subject=ew("お支払い情報を更新してください"),
          body=leaf(h, "html", "utf-8", "quoted-printable"), env_from="bounces@mailer.netflix.com",
          relay=("mta-01.mailer.netflix.com", "69.53.224.20"), auth=gar("account.netflix.com", "bounces@mailer.netflix.com"),
          dkim_d="account.netflix.com")

    # 30 LINE login
    txt = """LINEアカウントにログインがありました。

日時：2025/10/12 22:05
端末：PC（Windows）

ご本人によるログインでない場合は、LINEアプリの［設定］＞［アカウント］からパスワードを変更してください。

LINEヤフー株式会社
"""
    write(G, "line-login-notice", "LINE", "UTF-8 base64 plain",
          "login notice; no link; AR pass line.me",
          from_=addr("LINE", "no-reply@line.me"), subject=ew("[LINE] ログインのお知らせ"), body=leaf(txt),
          env_from="no-reply@line.me", relay=("mail.line.me", "147.92.150.2"), auth=ar_pass("line.me", "no-reply@line.me"),
          dkim_d="line.me")

    # 31 NTA e-Tax message box
    txt = """e-Taxをご利用いただきありがとうございます。

メッセージボックスに新しいメッセージが格納されました。
e-Taxソフト（WEB版）またはe-Taxソフト（SP版）にログインしてご確認ください。

なお、国税庁では、メールで納税者の方に税金の納付を求めることはありません。

e-Tax（国税電子申告・納税システム）
https://www.e-tax.nta.go.jp/
"""
    write(G, "nta-etax-messagebox-notice", "国税庁", "ISO-2022-JP 7bit",
          "e-Tax message box notice; AR pass e-tax.nta.go.jp",
          from_=addr("e-Tax", "info@e-tax.nta.go.jp", "ISO-2022-JP"), subject=ew("【e-Tax】メッセージボックスへの格納のお知らせ", "ISO-2022-JP"),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="info@e-tax.nta.go.jp", relay=("mail.e-tax.nta.go.jp", "61.114.182.20"),
          auth=ar_pass("e-tax.nta.go.jp", "info@e-tax.nta.go.jp"))

    # 32 View card statement
    txt = """ビューカード会員様

2025年10月4日お支払い分のご請求金額が確定いたしました。
VIEW's NETにログインしてご確認ください。
https://www.viewsnet.jp/

株式会社ビューカード
"""
    write(G, "viewcard-billing-viewsnet", "ビューカード", "Shift_JIS base64 plain",
          "billing notice; AR pass viewsnet.jp",
          from_=addr("ビューカード", "info@viewsnet.jp", "Shift_JIS"), subject=ew("【ビューカード】ご請求金額確定のお知らせ", "Shift_JIS"),
          body=leaf(txt, "plain", "shift_jis", "base64"), env_from="info@viewsnet.jp", relay=("mail.viewsnet.jp", "210.171.168.3"),
          auth=ar_pass("viewsnet.jp", "info@viewsnet.jp"))

    # 33 TEPCO
    txt = """くらしTEPCO web会員 様

2025年10月分の電気料金が確定しましたのでお知らせします。
ご請求金額：8,412円
ご使用量：265kWh

詳細はくらしTEPCO webでご確認ください。
https://www.kurashi.tepco.co.jp/

東京電力エナジーパートナー株式会社
"""
    write(G, "tepco-bill-confirmed", "東京電力", "UTF-8 QP plain",
          "bill notice; AR pass",
          from_=addr("くらしTEPCO", "info@kurashi.tepco.co.jp"), subject=ew("【くらしTEPCO web】電気料金確定のお知らせ"),
          body=leaf(txt, "plain", "utf-8", "quoted-printable"), env_from="info@kurashi.tepco.co.jp",
          relay=("mail.kurashi.tepco.co.jp", "210.162.20.5"), auth=ar_pass("kurashi.tepco.co.jp", "info@kurashi.tepco.co.jp"))

    # 34 Forwarded by a person (SMBC notice forwarded by family member)
    txt = """お父さん

これ本物かな？カードの明細と合ってるか見てくれる？

花子

---------- Forwarded message ---------
From: 三井住友カード <statement@vpass.ne.jp>
Date: 2025年10月12日(日) 18:25
Subject: ご利用のお知らせ【三井住友カード】
To: <hanako.suzuki@gmail.com>

鈴木 花子 様

いつも三井住友カードをご利用頂きありがとうございます。
お客様のカードご利用内容をお知らせいたします。

◇利用日：2025/10/12 18:22
◇利用先：ｱﾏｿﾞﾝｼﾞｬﾊﾟﾝ
◇利用金額：3,980円

ご利用内容の詳細はVpassでご確認いただけます。
https://www.smbc-card.com/mem/index.jsp

三井住友カード株式会社
"""
    write(G, "smbc-card-forwarded-by-person-gmail", "三井住友カード", "UTF-8 QP plain",
          "genuine notice forwarded by a person from gmail.com; Fwd: subject", to="t.suzuki@example.ne.jp",
          from_=addr("鈴木花子", "hanako.suzuki@gmail.com"), subject=ew("Fwd: ご利用のお知らせ【三井住友カード】"),
          body=leaf(txt, "plain", "utf-8", "quoted-printable"), env_from="hanako.suzuki@gmail.com",
          relay=("mail-sor-f41.google.com", "209.85.220.41"), auth=ar_pass("gmail.com", "hanako.suzuki@gmail.com", "NONE"),
          dkim_d="gmail.com")

    # 35 Mailing-list copy (Mailman munged From, subject tag, footer, ARC)
    txt = """家族各位

ヤマトから届いたお知らせです。来週の荷物の件、受け取れる人いますか？

-----
ヤマト運輸です。お荷物のお届け予定をお知らせします。
お届け予定日時：10月20日 午前中
送り状番号：4321-5678-0001
受け取り日時・場所の変更: https://toi.kuronekoyamato.co.jp/cgi-bin/tneko
-----

_______________________________________________
family-ml mailing list -- family-ml@lists.example.jp
To unsubscribe send an email to family-ml-leave@lists.example.jp
"""
    write(G, "yamato-mailing-list-copy-mailman", "ヤマト運輸", "UTF-8 8bit plain",
          "Mailman list copy: munged From via list, [family-ml] tag, footer, List-Id", to="t.suzuki@example.ne.jp",
          from_=addr("鈴木太郎 via family-ml", "family-ml@lists.example.jp"),
          subject=ew("[family-ml:00412] ヤマトのお届け予定"), body=leaf(txt, cte="8bit"),
          env_from="family-ml-bounces@lists.example.jp", relay=("lists.example.jp", "198.51.100.25"),
          auth=ar_pass("lists.example.jp", "family-ml-bounces@lists.example.jp", "NONE"),
          extra=[("Reply-To", "t.suzuki2@example.ne.jp"), ("List-Id", "<family-ml.lists.example.jp>"),
                 ("List-Unsubscribe", "<mailto:family-ml-leave@lists.example.jp>"), ("Precedence", "list"),
                 ("X-Mailman-Version", "3.3.8")])

    # 36 Amazon newsletter お客様各位 with Amazon tracking redirect, HTML-only, no auth
    h = html("""<p>お客様各位</p><p>Amazonを装った詐欺メールにご注意ください。</p>
<p>「アカウントがロックされました」「お支払い方法を更新してください」などの件名で、偽のサインインページへ誘導するメールが報告されています。
Amazonがメールでパスワードやクレジットカード番号の入力をお願いすることはありません。</p>
<p><a href="https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GQ6YHZKFGVKGK4KS">詳しくはヘルプページへ</a></p>
<p>Amazon.co.jp</p>""")
    write(G, "amazon-phishing-awareness-okyakusama", "Amazon", "UTF-8 base64 HTML-only",
          "official awareness mail quoting phishing subjects; お客様各位; AR pass", to=to, mx=GM,
          from_=addr("Amazon.co.jp", "store-news@amazon.co.jp"), subject=ew("【重要】Amazonを装った詐欺メールにご注意ください"),
          body=leaf(h, "html"), env_from="20251010@bounces.amazon.co.jp", relay=("a27-40.smtp-out.us-west-2.amazonses.com", "54.240.27.40"),
          auth=gar("amazon.co.jp", "20251010@bounces.amazon.co.jp"), dkim_d="amazon.co.jp")

    # 37 ETC meisai registration complete
    txt = """ETC利用照会サービスにご登録いただきありがとうございます。

会員登録が完了しました。
ログインはこちらから
https://www.etc-meisai.jp/

※本メールにお心当たりのない方は、お手数ですが破棄してください。
ETC利用照会サービス事務局
"""
    write(G, "etc-meisai-registration-complete", "ETC利用照会サービス", "ISO-2022-JP 7bit",
          "registration complete; no AR",
          from_=addr("ETC利用照会サービス", "etc-meisai@etc-meisai.jp", "ISO-2022-JP"),
          subject=ew("【ETC利用照会サービス】会員登録完了のお知らせ", "ISO-2022-JP"),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="etc-meisai@etc-meisai.jp", relay=("mail.etc-meisai.jp", "210.138.40.8"))
