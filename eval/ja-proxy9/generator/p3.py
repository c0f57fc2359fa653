# Phishing batch 3: banks/fintech, transport, retail points, utilities, public bodies.
from lib import *

D = "Sat, 25 Jan 2025 19:55:42 +0900"
M("phishing/yucho-sms-gateway-short-link.eml", "ゆうちょ銀行",
  "SMS gateway style mail from a carrier mail address (ezweb.ne.jp), short text, shortener-like invented domain; subject is just a dot",
  addr(None, "k8x2p01q5@ezweb.ne.jp"), "mariko.f@nifty.com",
  ".", D,
  text="""【ゆうちょ銀行】お客様の口座が凍結されました。至急ご確認ください。 https://jpbk.cc/Zx8
""", cte="8bit",
  trace=ISP("mariko.f@nifty.com", "mx-e05.ezweb.ne.jp", "111.86.142.5", D, "mx01.nifty.com", "ezweb.ne.jp", "ezweb.ne.jp", dkim="none", dmarc="none"))

D = "Tue, 11 Feb 2025 13:13:13 +0900"
M("phishing/ekinet-compromised-travel-agency.eml", "えきねっと (JR東日本)",
  "compromised small travel agency mailbox (full pass) sending えきねっと account-expiry lure; link on invented ekinet-jp.com",
  addr("えきねっと", "info@minami-tabi-travel.co.jp"), "satoko.minami@outlook.jp",
  "【えきねっと】アカウント有効期限のお知らせ", D,
  text="""えきねっとをご利用いただきありがとうございます。

お客様のえきねっとアカウントは、1年以上ログインがないため、まもなく有効期限を迎えます。
アカウントを継続される場合は、下記よりログインしてください。

https://ekinet-jp.com/Personal/

※有効期限を過ぎるとJRE POINTも失効します。
東日本旅客鉄道株式会社
""", cte="base64",
  trace=MS("satoko.minami@outlook.jp", "mail.minami-tabi-travel.co.jp", "133.18.42.101", D, "minami-tabi-travel.co.jp", "minami-tabi-travel.co.jp"))

D = "Thu, 27 Feb 2025 08:08:08 +0900"
M("phishing/etc-card-expiry-shortener-sjis.eml", "ETCカード",
  "ETC card expiry lure with is.gd-style shortener (invented path); Shift_JIS 8bit; display name 'ETCサービス'",
  addr("ETCサービス", "etc@etc-renewal.net", "shift_jis"), "tkd_yoshio@ybb.ne.jp",
  "【ETC】ETCカードの有効期限切れについて", D,
  text="""いつもETCをご利用いただきありがとうございます。

お客様のETCカードの有効期限が切れております。
このままでは高速道路料金所のETCレーンを通過できません。

更新手続き：https://is.gd/etcKoushin25

ETC利用照会サービス
""", cs="shift_jis", cte="8bit",
  trace=ISP("tkd_yoshio@ybb.ne.jp", "mail.etc-renewal.net", "45.139.104.77", D, "mx.ybb.ne.jp", "etc-renewal.net", "etc-renewal.net", dkim="none", dmarc="none"))

D = "Mon, 10 Mar 2025 12:34:56 +0900"
M("phishing/aeon-card-forged-from-html-only.eml", "イオンカード",
  "forged aeon.co.jp From with SPF fail (DMARC fail p=NONE per AR: delivered); HTML-only; anchor text shows aeon.co.jp URL",
  addr("イオンカード", "info@aeon.co.jp"), "y.ishida@gmail.com",
  "【イオンカード】ご利用確認のお願い", D,
  html="""<html><body><p>イオンカードをご利用いただきありがとうございます。</p>
<p>第三者による不正利用の可能性があるため、カードのご利用を一時的に制限しました。</p>
<p>以下よりご利用内容の確認をお願いします。</p>
<p><a href="https://aeon-kakunin.top/wallet/login">https://www.aeon.co.jp/wallet/</a></p>
<p>イオンフィナンシャルサービス株式会社</p></body></html>
""", cte="base64",
  trace=G("y.ishida@gmail.com", "static-94.web-hosting-cn.net", "27.124.32.94", D, "web-hosting-cn.net", "aeon.co.jp", spf="fail", dmarc="fail", policy="NONE"))

D = "Fri, 21 Mar 2025 17:17:00 +0900"
M("phishing/amazon-gift-winner-survey.eml", "Amazon",
  "prize lure (Amazonギフトカード当選) with shipping fee; Chinese-style punctuation; free .cfd domain",
  addr("Amazon Japan", "gift@amazon-jp-present.cfd"), "kenji.arai@gmail.com",
  "おめでとうございます！Amazonギフトカード10,000円分に当選しました", D,
  text="""おめでとうございます！

Amazon会員様限定の感謝キャンペーンで、あなたは10,000円分のAmazonギフトカードに当選しました！
受け取りには、以下のページで簡単なアンケートに回答し、手数料（500円）をお支払いください。

https://amazon-jp-present.cfd/gift/

受付期限：本日中

Amazon Japan 感謝キャンペーン事務局
""", cte="base64",
  trace=G("kenji.arai@gmail.com", "mail.amazon-jp-present.cfd", "89.23.100.14", D, "amazon-jp-present.cfd", "amazon-jp-present.cfd", dmarc=None))

D = "Wed, 02 Apr 2025 10:10:10 +0900"
M("phishing/japanpost-redelivery-qr-attachment.eml", "日本郵便",
  "redelivery request with QR image attachment and no URL; sender invented jp-post-redelivery.com",
  addr("日本郵便 再配達センター", "redelivery@jp-post-redelivery.com"), "c.matsuda@gmail.com",
  "【日本郵便】ご不在連絡票のお知らせ", D,
  text="""日本郵便をご利用いただきありがとうございます。

お客様宛のゆうパックをお届けにあがりましたが、ご不在のため持ち戻りました。
再配達のご依頼は、添付のQRコードをスマートフォンで読み取ってお手続きください。

お問い合わせ番号：3372-0918-4451
保管期限：2025年4月8日

日本郵便株式会社
""", cte="base64",
  atts=[att("fuzai_renrakuhyo.png", png("jp-redelivery"), "image/png")],
  trace=G("c.matsuda@gmail.com", "mta.jp-post-redelivery.com", "103.27.108.8", D, "jp-post-redelivery.com", "jp-post-redelivery.com",
          dkim=[("jp-post-redelivery.com", "pass")], dmarc="pass"))

D = "Sun, 13 Apr 2025 21:21:21 +0900"
M("phishing/seven-bank-account-update.eml", "セブン銀行",
  "セブン銀行 lure; brand subdomain sevenbank.co.jp.acc-update.top; ISO-2022-JP; Q-encoded subject",
  addr("セブン銀行", "info@sevenbank.co.jp.acc-update.top", "iso-2022-jp"), "h.kondo@docomo.ne.jp",
  "【セブン銀行】口座情報の更新のお願い", D,
  text="""セブン銀行をご利用いただきありがとうございます。

お客さまの口座情報の確認ができないため、一部のお取引を制限しております。
以下より情報を更新してください。

https://sevenbank.co.jp.acc-update.top/login

株式会社セブン銀行
""", cs="iso-2022-jp", cte="7bit", sq="Q",
  trace=[rcv("mail.acc-update.top", "193.187.174.12", "mfsmax.docomo.ne.jp", D, "h.kondo@docomo.ne.jp")])

D = "Thu, 24 Apr 2025 15:45:00 +0900"
M("phishing/rakuten-mobile-unpaid-lookalike.eml", "楽天モバイル",
  "unpaid-charges lure; look-alike rakuten-mobiie.com (i for l); HTML + text",
  addr("楽天モバイル", "support@rakuten-mobiie.com"), "nao.kimura@gmail.com",
  "【楽天モバイル】ご利用料金のお支払いが確認できません", D,
  text="""楽天モバイルをご利用いただきありがとうございます。

4月分のご利用料金のお支払いが確認できておりません。
回線停止を避けるため、以下よりお支払い方法を更新してください。

https://rakuten-mobiie.com/my-rakuten-mobile/

楽天モバイル株式会社
""", html="""<html><body><p>楽天モバイルをご利用いただきありがとうございます。</p><p>4月分のご利用料金のお支払いが確認できておりません。</p>
<p><a href="https://rakuten-mobiie.com/my-rakuten-mobile/">my 楽天モバイルで支払い方法を更新</a></p><p>楽天モバイル株式会社</p></body></html>
""", cte="base64",
  trace=G("nao.kimura@gmail.com", "smtp.rakuten-mobiie.com", "45.155.205.99", D, "rakuten-mobiie.com", "rakuten-mobiie.com", dmarc=None))

D = "Tue, 06 May 2025 09:09:09 +0900"
M("phishing/paypay-bank-transfer-limit.eml", "PayPay銀行",
  "bank transfer-limit lure; invented paypay-bank-secure.com; zero-width joiner in body URL text; QP",
  addr("PayPay銀行", "info@paypay-bank-secure.com"), "ryota.k@gmail.com",
  "【PayPay銀行】お振込み制限のお知らせ", D,
  text="""PayPay銀行をご利用いただきありがとうございます。

お客さまの口座において、不審な振込が検知されたため、振込限度額を0円に変更しました。
ご本人確認のうえ、制限を解除してください。

https://paypay-bank\u200d-secure.com/login

PayPay銀行株式会社
""", cte="quoted-printable",
  trace=G("ryota.k@gmail.com", "mta.paypay-bank-secure.com", "185.106.94.3", D, "paypay-bank-secure.com", "paypay-bank-secure.com", dmarc=None))

D = "Fri, 16 May 2025 16:16:16 +0900"
M("phishing/merpay-smart-payment-suspended.eml", "メルペイ",
  "メルペイ lure with Chinese-mixed wording (账号, 请) and odd honorifics; .xyz domain",
  addr("メルペイ", "service@merpay-jp.xyz"), "haru.t.0810@gmail.com",
  "メルペイ：あなたの账号は一時停止されました", D,
  text="""親愛なるお客様

あなたのメルペイ账号は異常な取引のため一時停止されました。
请下記のリンクをクリックし，情報を更新してください。

https://merpay-jp.xyz/verify

更新しない場合，あなたの账号は永久に利用できなくなります。
メルペイチーム
""", cte="base64",
  trace=G("haru.t.0810@gmail.com", "smtp.merpay-jp.xyz", "43.153.10.2", D, "merpay-jp.xyz", "merpay-jp.xyz", spf="softfail", dmarc=None))

D = "Mon, 26 May 2025 11:11:11 +0900"
M("phishing/yahoo-japan-id-lock-forged.eml", "Yahoo! JAPAN (LINEヤフー)",
  "forged yahoo.co.jp From (DMARC fail, M365 compauth fail but delivered to inbox); ID lock lure; link invented yahoo-id-login.net",
  addr("Yahoo! JAPAN", "id-info@yahoo.co.jp"), "s.nakagawa@outlook.jp",
  "【Yahoo! JAPAN】お客様のIDがロックされました", D,
  text="""Yahoo! JAPAN IDをご利用いただきありがとうございます。

お客様のYahoo! JAPAN IDに対し、第三者による不正ログインの可能性が検知されたため、IDをロックしました。
ロック解除は以下から行ってください。

https://yahoo-id-login.net/login/unlock

LINEヤフー株式会社
""", cte="base64",
  trace=MS("s.nakagawa@outlook.jp", "vps22.hostnet-bg.com", "77.91.68.22", D, "hostnet-bg.com", "yahoo.co.jp",
           spf="fail", dkim="none", dmarc="fail", action="oreject", compauth="fail", reason=0))

D = "Wed, 04 Jun 2025 14:00:00 +0900"
M("phishing/d-barai-point-campaign-brand-subdomain.eml", "d払い (NTTドコモ)",
  "d払い campaign lure; brand as subdomain (d-barai.docomo.ne.jp.campaign-pt.com); multipart/alternative with text URL differing from href",
  addr("d払い", "campaign@d-barai.docomo.ne.jp.campaign-pt.com"), "kaori.mori@docomo.ne.jp",
  "【d払い】dポイント3,000pt進呈のお知らせ", D,
  text="""d払いをご利用いただきありがとうございます。

キャンペーン特典として、dポイント3,000ptを進呈いたします。
受け取り手続き：https://service.smt.docomo.ne.jp/keitai_payment/

dポイントクラブ
""", html="""<html><body><p>d払いをご利用いただきありがとうございます。</p><p>キャンペーン特典として、<b>dポイント3,000pt</b>を進呈いたします。</p>
<p><a href="https://d-barai.docomo.ne.jp.campaign-pt.com/receive">受け取り手続き：https://service.smt.docomo.ne.jp/keitai_payment/</a></p></body></html>
""", cte="base64",
  trace=[rcv("mail.campaign-pt.com", "185.241.208.3", "mfsmax.docomo.ne.jp", D, "kaori.mori@docomo.ne.jp")])

D = "Sat, 14 Jun 2025 22:22:22 +0900"
M("phishing/jibun-bank-smartphone-auth-euc.eml", "auじぶん銀行",
  "auじぶん銀行 lure; EUC-JP; invented jibunbank-auth.com; asks for 暗証番号 directly in form",
  addr("auじぶん銀行", "info@jibunbank-auth.com", "euc-jp"), "ryota.k@au.com",
  "【auじぶん銀行】スマホ認証サービス再設定のお願い", D,
  text="""auじぶん銀行をご利用いただきありがとうございます。

スマホ認証サービスのシステム更新に伴い、お客さまによる再設定が必要となりました。
下記URLより、口座番号・暗証番号を入力して再設定を行ってください。

https://jibunbank-auth.com/sp/reset

auじぶん銀行株式会社
""", cs="euc-jp", cte="8bit",
  trace=G("ryota.k@au.com", "smtp.jibunbank-auth.com", "146.19.191.5", D, "jibunbank-auth.com", "jibunbank-auth.com", dmarc=None))

D = "Tue, 24 Jun 2025 07:07:07 +0900"
M("phishing/softbank-my-softbank-password-html-linktext.eml", "SoftBank",
  "HTML link text shows my.softbank.jp, href to invented mysoftbank-jp.com; ISO-2022-JP HTML",
  addr("SoftBank", "info@mysoftbank-jp.com", "iso-2022-jp"), "m.hayashi55@gmail.com",
  "【My SoftBank】パスワードの再設定が必要です", D,
  html="""<html><body><p>My SoftBankをご利用いただきありがとうございます。</p>
<p>セキュリティ強化のため、パスワードの再設定をお願いしております。</p>
<p><a href="https://mysoftbank-jp.com/msb/login">https://my.softbank.jp/msb/login</a></p><p>ソフトバンク株式会社</p></body></html>
""", cs="iso-2022-jp", cte="7bit",
  trace=G("m.hayashi55@gmail.com", "smtp.mysoftbank-jp.com", "94.232.41.77", D, "mysoftbank-jp.com", "mysoftbank-jp.com", dmarc=None))

D = "Thu, 03 Jul 2025 03:03:03 +0900"
M("phishing/sbi-sumishin-netbank-punycode.eml", "住信SBIネット銀行",
  "punycode IDN look-alike of netbk (Cyrillic 'е' inside) in href; visible text ASCII official; HTML",
  addr("住信SBIネット銀行", "info@netbk-notice.com"), "kenji.arai@gmail.com",
  "【住信SBIネット銀行】取引制限のお知らせ", D,
  html="""<html><body><p>住信SBIネット銀行をご利用いただき誠にありがとうございます。</p>
<p>お客さまのお取引を一部制限しております。以下よりログインのうえ確認をお願いします。</p>
<p><a href="https://www.%s.co.jp/login">https://www.netbk.co.jp/login</a></p>
<p>住信SBIネット銀行株式会社</p></body></html>
""" % "nеtbk".encode("idna").decode(), cte="base64",
  trace=G("kenji.arai@gmail.com", "mail.netbk-notice.com", "45.12.138.9", D, "netbk-notice.com", "netbk-notice.com",
          dkim=[("netbk-notice.com", "pass")], dmarc="pass"))

D = "Sat, 12 Jul 2025 12:12:12 +0900"
M("phishing/view-card-ekinet-combo.eml", "ビューカード (JR東日本)",
  "ビューカード lure; combo look-alike viewsnet-info.com; ISO-2022-JP, subject split into clean encoded words",
  addr("ビューカード", "info@viewsnet-info.com", "iso-2022-jp"), "satoko.minami@gmail.com",
  "【ビューカード】VIEW's NET ご利用確認とセキュリティ強化のお願い", D,
  text="""ビューカードをご利用いただきありがとうございます。

VIEW's NETのセキュリティ強化に伴い、ご登録情報の確認をお願いしております。
確認が完了しない場合、カードのご利用を制限させていただきます。

https://viewsnet-info.com/vw/login

株式会社ビューカード
""", cs="iso-2022-jp", cte="7bit", schunk=9,
  trace=G("satoko.minami@gmail.com", "mail.viewsnet-info.com", "91.219.236.12", D, "viewsnet-info.com", "viewsnet-info.com", dmarc=None))

D = "Mon, 21 Jul 2025 15:30:45 +0900"
M("phishing/orico-card-compromised-realestate.eml", "オリコカード",
  "compromised real-estate agency mailbox (SPF/DKIM/DMARC pass) sending オリコ lure; Reply-To to different domain",
  addr("オリコカード", "info@hinode-fudousan.co.jp"), "j.sakamoto@gmail.com",
  "【Orico】カードご利用確認のお願い", D,
  text="""いつもオリコカードをご利用いただきありがとうございます。

お客様のカードで不正利用の可能性がある取引を検知しました。
ご利用の確認が取れるまで、カードのご利用を停止しております。

eオリコにログインしてご確認ください。
https://orico-eservice-check.com/eorico/

株式会社オリエントコーポレーション
""", cte="base64",
  xh=["Reply-To: orico-support@orico-eservice-check.com"],
  trace=G("j.sakamoto@gmail.com", "mail.hinode-fudousan.co.jp", "183.90.253.14", D, "hinode-fudousan.co.jp", "hinode-fudousan.co.jp",
          dkim=[("hinode-fudousan.co.jp", "pass")], dmarc="pass"))

D = "Wed, 30 Jul 2025 10:01:02 +0900"
M("phishing/amazon-account-html-official-linktext-dmarcfail.eml", "Amazon",
  "forged amazon.co.jp From (SPF softfail, DMARC fail p=QUARANTINE) landing in inbox; HTML link text = https://www.amazon.co.jp/ ; href to IP address URL",
  addr("Amazon.co.jp", "account-update@amazon.co.jp"), "mika.s.0322@gmail.com",
  "Amazon.co.jp にご登録のアカウント（名前、パスワード、その他個人情報）の確認", D,
  text="""Amazonお客様

残念ながら、あなたのアカウントを更新できませんでした。
これは、カードが期限切れになったか、請求先住所が変更されたなど、さまざまな理由で発生する可能性があります。

アカウント情報の一部が誤っている故に、お客様のアカウントを維持するためAmazon アカウントの情報を確認する必要があります。

https://www.amazon.co.jp/

Amazon.co.jp カスタマーサービス
""", html="""<html><body><p>Amazonお客様</p><p>残念ながら、あなたのアカウントを更新できませんでした。</p>
<p>アカウント情報の一部が誤っている故に、お客様のアカウントを維持するためAmazon アカウントの情報を確認する必要があります。</p>
<p><a href="http://103.216.221.87/amazon.co.jp/ap/signin">https://www.amazon.co.jp/</a></p>
<p>Amazon.co.jp カスタマーサービス</p></body></html>
""", cte="base64",
  trace=G("mika.s.0322@gmail.com", "mail.gsm-srv.cn", "103.216.221.87", D, "gsm-srv.cn", "amazon.co.jp", spf="softfail", dmarc="fail", policy="QUARANTINE"))

D = "Fri, 08 Aug 2025 13:30:00 +0900"
M("phishing/onedrive-shared-invoice-compromised.eml", "Microsoft OneDrive",
  "compromised accounting-office M365 mailbox shares a fake 'OneDrive' document; link on invented sharepoint look-alike; full pass",
  addr("山本会計事務所 山本", "yamamoto@yamamoto-kaikei.jp"), "nakagawa@kitano-shoji.co.jp",
  "山本会計事務所 があなたとファイルを共有しました", D,
  html="""<html><body><p>山本会計事務所 があなたとファイルを共有しました</p>
<p>📄 <b>2025年度_決算資料.pdf</b></p>
<p><a href="https://yamamotokaikei-my.sharepoint-docs.net/:b:/g/personal/view">開く</a></p>
<p style="font-size:11px">このメールは Microsoft OneDrive から送信されました。</p></body></html>
""", cte="quoted-printable",
  trace=MS("nakagawa@kitano-shoji.co.jp", "TYAPR01MB5999.jpnprd01.prod.outlook.com", "40.107.74.92", D, "yamamoto-kaikei.jp", "yamamoto-kaikei.jp"))

D = "Mon, 18 Aug 2025 09:45:12 +0900"
M("phishing/nta-tax-refund-sms-style.eml", "国税庁",
  "SMS-style tax refund lure (還付金) forwarded through a gmail account; short; invented nta-kanpu.com",
  addr(None, "kanpu.info.2025@gmail.com"), "akiko.y@yahoo.co.jp",
  "国税庁からのお知らせ", D,
  text="""【国税庁】所得税の還付金（28,300円）が未受領です。本日中に手続きしてください https://nta-kanpu.com/r
""", cte="8bit",
  trace=ISP("akiko.y@yahoo.co.jp", "mail-wm1-f44.google.com", "209.85.128.44", D, "mta1.mail.yahoo.co.jp", "gmail.com", "gmail.com"))

D = "Wed, 27 Aug 2025 16:40:40 +0900"
M("phishing/nenkin-kikou-pension-lookalike.eml", "日本年金機構",
  "pension organisation lure (年金の未払い分), look-alike nenkin-go-jp.com; PDF-like HTML attachment with link",
  addr("日本年金機構", "info@nenkin-go-jp.com", "iso-2022-jp"), "fujii.k@nifty.com",
  "【日本年金機構】年金支給額の再計算に関するお知らせ", D,
  text="""日本年金機構からのお知らせ

年金支給額の再計算の結果、お客様に未払い年金（78,260円）があることが判明しました。
添付ファイルの案内に従い、受取口座の登録をお願いいたします。

日本年金機構
""", cs="iso-2022-jp", cte="7bit",
  atts=[att("mibarai_nenkin_annai.html", """<html><meta charset="utf-8"><body><h3>未払い年金受取手続き</h3>
<p><a href="https://nenkin-go-jp.com/uketori">受取口座を登録する</a></p></body></html>""".encode(), "text/html; charset=UTF-8")],
  trace=[rcv("mail.nenkin-go-jp.com", "194.87.31.50", "mx02.nifty.com", D, "fujii.k@nifty.com")])

D = "Thu, 04 Sep 2025 10:20:30 +0900"
M("phishing/setagaya-city-benefit-lgjp-lookalike.eml", "世田谷区 (給付金)",
  "municipality impersonation: look-alike city-setagaya-lg.jp (hyphens instead of dots), 給付金 lure with deadline",
  addr("世田谷区役所", "kyufu@city-setagaya-lg.jp"), "c.matsuda@gmail.com",
  "【世田谷区】物価高騰支援給付金（3万円）の申請期限について", D,
  text="""世田谷区民の皆様

物価高騰支援給付金（1世帯あたり30,000円）の申請期限が迫っております。
まだ申請がお済みでない世帯は、下記より申請してください。

申請ページ：https://city-setagaya-lg.jp/kyufu/shinsei

申請期限：2025年9月7日

世田谷区 保健福祉政策部
""", cte="base64",
  trace=G("c.matsuda@gmail.com", "mail.city-setagaya-lg.jp", "45.145.167.3", D, "city-setagaya-lg.jp", "city-setagaya-lg.jp",
          dkim=[("city-setagaya-lg.jp", "pass")], dmarc="pass"))

D = "Sat, 13 Sep 2025 18:00:00 +0900"
M("phishing/tokyo-gas-mytokyogas-point.eml", "東京ガス",
  "myTOKYOGAS point lure; invented tokyogas-point.net; Q-encoded UTF-8 subject",
  addr("東京ガス", "mytokyogas@tokyogas-point.net"), "rie.ogawa@gmail.com",
  "【myTOKYOGAS】パッチョポイントの有効期限のお知らせ", D,
  text="""myTOKYOGASをご利用いただきありがとうございます。

お客さまの保有ポイント 2,400ポイントが 9月15日 に失効します。
ポイントの交換手続きは以下からお願いいたします。

https://tokyogas-point.net/mytokyogas/login

東京ガス株式会社
""", cte="quoted-printable", sq="Q",
  trace=G("rie.ogawa@gmail.com", "mail.tokyogas-point.net", "185.234.72.8", D, "tokyogas-point.net", "tokyogas-point.net", dmarc=None))

D = "Tue, 23 Sep 2025 11:55:00 +0900"
M("phishing/water-bureau-unpaid-sjis.eml", "水道局",
  "water bureau unpaid-bill lure; Shift_JIS base64; look-alike suidou-tokyo-lg.com",
  addr("東京都水道局", "info@suidou-tokyo-lg.com", "shift_jis"), "tkd_yoshio@ybb.ne.jp",
  "【東京都水道局】水道料金未納による給水停止予告", D,
  text="""東京都水道局です。

お客様の水道料金（7・8月分 6,820円）が未納となっております。
9月26日までにお支払いいただけない場合、給水を停止いたします。

お支払い：https://suidou-tokyo-lg.com/pay

東京都水道局 お客さまセンター
""", cs="shift_jis", cte="base64",
  trace=ISP("tkd_yoshio@ybb.ne.jp", "mail.suidou-tokyo-lg.com", "45.66.230.12", D, "mx.ybb.ne.jp", "suidou-tokyo-lg.com", "suidou-tokyo-lg.com", dkim="none", dmarc="none"))

D = "Fri, 03 Oct 2025 08:30:00 +0900"
M("phishing/sony-bank-login-notice-freemail-replyto.eml", "ソニー銀行",
  "fake login notice from Sony Bank look-alike; Reply-To free mail; asks to reply with details if not you",
  addr("ソニー銀行", "notice@sonybank-info.com"), "a.takeuchi@outlook.com",
  "【ソニー銀行】ログインのお知らせ（心当たりのない場合）", D,
  text="""ソニー銀行をご利用いただきありがとうございます。

お客さまの口座に、以下の環境からログインがありました。
日時：2025/10/03 03:14
場所：ベトナム

お心当たりがない場合は、以下より至急ロックしてください。
https://sonybank-info.com/lock

ソニー銀行株式会社
""", cte="base64",
  xh=["Reply-To: sonybank.kinkyu@proton.me"],
  trace=MS("a.takeuchi@outlook.com", "mail.sonybank-info.com", "5.42.92.190", D, "sonybank-info.com", "sonybank-info.com",
           dkim="pass", dkim_d="sonybank-info.com", dmarc="pass"))
