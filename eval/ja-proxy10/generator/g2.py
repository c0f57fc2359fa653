# -*- coding: utf-8 -*-
# genuine batch 2: cards, EC/retail, travel
from lib import *  # noqa

M(name='genuine/orico-billing-confirmed-jis.eml', brand='オリコ', cs='jis',
  tricks='genuine 請求金額確定 notice (same theme as phishing) in ISO-2022-JP; link to official orico.co.jp',
  f=('オリコ', 'info@orico.co.jp'), to='ueda.kenji@ocn.ne.jp', date='2025-10-08 10:00',
  subj='【オリコ】ご請求金額確定のお知らせ',
  auth=ISP('mx.ocn.ne.jp', '202.246.77.14', 'mail.orico.co.jp', 'info@orico.co.jp', 'pass', [('pass', 'orico.co.jp', 'oc')], ('pass', 'reject', 'orico.co.jp')),
  text='''オリコカードをご利用いただき誠にありがとうございます。

２０２５年１０月２７日お支払い分のご請求金額が確定しました。
ご請求金額は、eオリコサービスにログインのうえご確認ください。

https://www.orico.co.jp/

※ご請求金額はメールには記載しておりません。

株式会社オリエントコーポレーション''')

M(name='genuine/jaccs-payment-failed.eml', brand='ジャックス', cs='utf8', cte='b64',
  tricks='genuine payment failure (口座振替不能) notice — looks exactly like a lure; DMARC pass',
  unsure='sender subdomain mail.jaccs.co.jp',
  f=('JACCS', 'info@mail.jaccs.co.jp'), to='kyushu.fumi@gmail.com', date='2025-12-06 11:30',
  subj='【JACCS】口座振替ができませんでした（お支払いのお願い）',
  auth=G('210.130.160.52', 'mo01.mail.jaccs.co.jp', 'info@mail.jaccs.co.jp', 'pass', [('pass', 'jaccs.co.jp', 'jc')], ('pass', 'none', 'mail.jaccs.co.jp')),
  text='''JACCSカードをご利用いただきありがとうございます。

12月4日のご請求分につきまして、ご指定の口座から振替ができませんでした。
お手数ですが、下記いずれかの方法でお支払いをお願いいたします。

・再振替（12月15日予定）までにご入金
・ATMまたは銀行振込でのお支払い

詳しくはJACCSホームページをご覧ください。
https://www.jaccs.co.jp/

株式会社ジャックス''')

M(name='genuine/cedyna-oms-password-changed-sjis.eml', brand='セディナ', cs='sjis', cte='8bit',
  tricks='genuine OMS password change completion in Shift_JIS',
  unsure='sender domain cedyna.co.jp for OMS notices',
  f=('セディナ', 'oms@cedyna.co.jp'), to='osaka.jun@yahoo.co.jp', date='2025-05-25 22:14',
  subj='【セディナ】パスワード変更完了のお知らせ',
  auth=ISP('mta-mx.mail.yahoo.co.jp', '202.218.32.75', 'mail.cedyna.co.jp', 'oms@cedyna.co.jp', 'pass', [('pass', 'cedyna.co.jp', 'cd')], ('pass', 'none', 'cedyna.co.jp')),
  text='''セディナカードをご利用いただきありがとうございます。

ＯＭＳのパスワード変更を受け付けました。
変更日時：2025年5月25日 22:13

お心当たりのない場合は、セディナカードセンターまでご連絡ください。

株式会社セディナ''')

M(name='genuine/aplus-campaign-sfmc.eml', brand='アプラス', cs='utf8', cte='qp',
  tricks='genuine card campaign sent via Salesforce Marketing Cloud (exacttarget tracking links click.*), prize wording',
  unsure='aplus.co.jp marketing subdomain e.aplus.co.jp and SFMC link host',
  f=('アプラス', 'info@e.aplus.co.jp'), to='nagano.yoshi@gmail.com', date='2026-01-20 12:00',
  subj='【アプラス】抽選で1,000名様に5,000円キャッシュバック',
  extra=['List-Unsubscribe: <https://click.e.aplus.co.jp/subscription_center.aspx?qs=8a1f>', 'x-job: 514003_1942211'],
  auth=G('13.111.4.210', 'mta.e.aplus.co.jp', 'bounce-14_HTML-1942211-514003-7001123-1@bounce.e.aplus.co.jp', 'pass', [('pass', 'e.aplus.co.jp', '200608')], ('pass', 'none', 'e.aplus.co.jp')),
  text='''アプラスカードをご利用いただきありがとうございます。

期間中にエントリーのうえ、合計3万円以上ご利用いただいた方の中から、
抽選で1,000名様に5,000円をキャッシュバックいたします。

[[エントリーはこちら|https://click.e.aplus.co.jp/?qs=5e7a1c0b9f]]

配信停止：https://click.e.aplus.co.jp/subscription_center.aspx?qs=8a1f
株式会社アプラス''', html='auto')

M(name='genuine/yodobashi-order-confirmation.eml', brand='ヨドバシカメラ', cs='jis',
  tricks='genuine order confirmation (topic imitated by phishing) in ISO-2022-JP; official yodobashi.com address',
  f=('ヨドバシ・ドット・コム', 'thanks_gochuumon@yodobashi.com'), to='gadget.ryo@gmail.com', date='2025-11-23 21:45',
  subj='ヨドバシ・ドット・コム：ご注文ありがとうございます',
  auth=G('210.130.189.21', 'mail13.yodobashi.com', 'thanks_gochuumon@yodobashi.com', 'pass', [('pass', 'yodobashi.com', 'yd')], ('pass', 'none', 'yodobashi.com')),
  text='''このたびはヨドバシ・ドット・コムをご利用いただき、誠にありがとうございます。
ご注文を承りましたので、内容をご確認ください。

【ご注文番号】　７８１０２２４５１９
【ご注文日】　２０２５年１１月２３日
【商品】　ソニー　ワイヤレスイヤホン　ＷＦ－１０００ＸＭ５　×１
【お支払い金額】　４１，８００円
【お届け予定】　１１月２４日

ご注文の確認・キャンセルは、ヨドバシ・ドット・コムの「ご注文履歴」から行えます。
https://www.yodobashi.com/

株式会社ヨドバシカメラ''')

M(name='genuine/biccamera-shipped-notice.eml', brand='ビックカメラ', cs='utf8', cte='b64',
  tricks='genuine shipping notice with carrier tracking link (Sagawa official), HTML+text',
  unsure='sender address @biccamera.com for shipping notices',
  f=('ビックカメラ.com', 'info@biccamera.com'), to='nagoya.yumi@docomo.ne.jp', date='2026-03-25 16:05',
  subj='【ビックカメラ.com】商品発送のお知らせ',
  auth=ISP('mfsmax.docomo.ne.jp', '210.148.199.14', 'mail.biccamera.com', 'info@biccamera.com', 'pass', [('pass', 'biccamera.com', 'bic')], ('pass', 'none', 'biccamera.com')),
  text='''ビックカメラ.comをご利用いただきありがとうございます。
ご注文の商品を発送いたしました。

ご注文番号：B20260325-44120
配送業者：佐川急便
お問い合わせ番号：3618-4420-7781

[[配送状況を確認する|https://k2k.sagawa-exp.co.jp/p/sagawa/web/okurijoinput.jsp]]

株式会社ビックカメラ''', html='auto')

M(name='genuine/zozotown-sale-sendgrid.eml', brand='ZOZOTOWN', cs='utf8', cte='qp',
  tricks='genuine sale newsletter via SendGrid (bounces+ envelope, click tracking URLs on em subdomain), urgency wording "本日まで"',
  unsure='SendGrid tracking host and envelope subdomains of zozo.jp',
  f=('ZOZOTOWN', 'info@zozo.jp'), to='fashion.sakura@gmail.com', date='2025-07-06 18:00',
  subj='【本日まで】最大70％OFF 夏のクリアランスセール',
  extra=['List-Unsubscribe: <https://zozo.jp/mail/unsubscribe/?k=3a9e>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click'],
  auth=G('167.89.118.40', 'o2.ptr3320.mail.zozo.jp', 'bounces+1192233-0aa1-fashion.sakura=gmail.com@em.mail.zozo.jp', 'pass', [('pass', 'zozo.jp', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], ('pass', 'none', 'zozo.jp')),
  html='''<html><body style="margin:0;background:#fff">
<table width="600" align="center" style="font-family:sans-serif"><tr><td>
<p style="font-size:22px;font-weight:bold">ZOZOTOWN</p>
<p>夏のクリアランスセール<br><span style="font-size:28px;color:#d00">最大70％OFF</span><br>本日23:59まで</p>
<p><a href="https://u1192233.ct.sendgrid.net/ls/click?upn=u001.Xk2zOzo-2Bsale">セール会場へ</a></p>
<p style="font-size:11px;color:#666">配信停止は<a href="https://zozo.jp/mail/unsubscribe/?k=3a9e">こちら</a><br>株式会社ZOZO 千葉県千葉市稲毛区緑町1-15-16</p>
</td></tr></table>
<img src="https://u1192233.ct.sendgrid.net/wf/open?upn=u001.open" width="1" height="1" alt="">
</body></html>
''')

M(name='genuine/uniqlo-member-coupon-sfmc.eml', brand='ユニクロ', cs='utf8', cte='b64',
  tricks='genuine member coupon via Salesforce Marketing Cloud (mta.* host, click.* links); HTML only',
  unsure='UNIQLO mail subdomain mail.uniqlo.com / SFMC hosts',
  f=('UNIQLO', 'uniqlo@mail.uniqlo.com'), to='m.fujita@icloud.com', date='2025-11-18 08:00',
  subj='【会員限定】誕生月クーポンをお届けします',
  extra=['List-Unsubscribe: <https://click.mail.uniqlo.com/subscription_center.aspx?qs=71c>'],
  auth=ISP('mx.icloud.com', '13.111.90.18', 'mta.mail.uniqlo.com', 'bounce-18_HTML-55012-1120-90021-3@bounce.mail.uniqlo.com', 'pass', [('pass', 'mail.uniqlo.com', '200608')], ('pass', 'none', 'mail.uniqlo.com')),
  html='''<html><body><table width="600" align="center" style="font-family:sans-serif"><tr><td>
<p style="background:#ff0000;color:#fff;font-weight:bold;padding:8px;width:80px">UNIQLO</p>
<p>お誕生月のお客様へ、オンラインストアで使える500円クーポンをお届けします。</p>
<p>有効期限：2025年11月30日</p>
<p><a href="https://click.mail.uniqlo.com/?qs=a81c0d2ef">クーポンを確認する</a></p>
<p style="font-size:10px">株式会社ユニクロ</p></td></tr></table></body></html>
''')

M(name='genuine/nitori-delivery-schedule.eml', brand='ニトリ', cs='utf8', cte='b64',
  tricks='genuine delivery date notice from ニトリ (topic used in phishing); includes phone number and official site',
  unsure='sender domain nitori-net.jp',
  f=('ニトリネット', 'info@nitori-net.jp'), to='shinkon.2025@yahoo.co.jp', date='2025-04-16 13:00',
  subj='【ニトリ】お届け日時確定のお知らせ',
  auth=ISP('mta-mx.mail.yahoo.co.jp', '210.239.87.44', 'mail.nitori-net.jp', 'info@nitori-net.jp', 'pass', [('pass', 'nitori-net.jp', 'nt')], ('pass', 'none', 'nitori-net.jp')),
  text='''ニトリネットをご利用いただきありがとうございます。
ご注文商品のお届け日時が確定しましたのでお知らせいたします。

お届け日：2025年4月20日（日）
お届け時間帯：14時～16時
商品：ベッドフレーム（Ｎスリープ）、マットレス

配送業者：ホームロジスティクス
日時変更は、ニトリネットの注文履歴からお手続きください。
https://www.nitori-net.jp/

株式会社ニトリ''')

M(name='genuine/muji-passport-mile-notice.eml', brand='無印良品', cs='utf8', cte='qp',
  tricks='genuine MUJI passport mile/coupon expiry notice (expiry urgency)',
  unsure='sender domain muji.net',
  f=('無印良品', 'info@muji.net'), to='natural.life@gmail.com', date='2026-02-18 10:00',
  subj='【無印良品】クーポンの有効期限が近づいています',
  auth=G('27.110.37.120', 'ml.muji.net', 'bounce@ml.muji.net', 'pass', [('pass', 'muji.net', 'mj')], ('pass', 'none', 'muji.net')),
  text='''いつも無印良品をご利用いただきありがとうございます。

お持ちのクーポン「500円OFF（5,000円以上のお買い物で）」の有効期限は2月28日までです。
ネットストアまたは店舗でご利用ください。

https://www.muji.com/jp/ja/store

株式会社良品計画''')

M(name='genuine/yahoo-shopping-store-order-confirm.eml', brand='Yahoo!ショッピング（出店ストア）', cs='utf8', cte='b64',
  tricks='genuine order confirmation from a Yahoo!ショッピング store relayed via Yahoo mail infrastructure; store name differs from brand',
  unsure='store notification sender shopping-order@mail.yahoo.co.jp',
  f=('おいしい産直便（Yahoo!ショッピング店）', 'shopping-order@mail.yahoo.co.jp'), to='shopping.tomo@yahoo.co.jp', date='2025-12-11 20:30',
  subj='【おいしい産直便】ご注文ありがとうございます',
  auth=ISP('mta-mx.mail.yahoo.co.jp', '182.22.24.10', 'mta-snd.shopping.yahoo.co.jp', 'shopping-order@mail.yahoo.co.jp', 'pass', [('pass', 'mail.yahoo.co.jp', 'yj20110701')], ('pass', 'none', 'mail.yahoo.co.jp')),
  text='''この度はおいしい産直便をご利用いただき、誠にありがとうございます。
ご注文内容をご確認ください。

注文番号：oishii-sanchoku-10294481
商品：訳あり 紅ほっぺ いちご 1kg
お支払い方法：PayPay残高
合計金額：3,980円

ご注文内容は Yahoo!ショッピングの注文履歴からもご確認いただけます。
https://odhistory.shopping.yahoo.co.jp/

おいしい産直便''')

M(name='genuine/au-pay-market-shipping.eml', brand='au PAY マーケット', cs='utf8', cte='b64',
  tricks='genuine shipping notice from au PAY マーケット; HTML+text',
  unsure='sender domain wowma.jp / au PAY マーケット notification address',
  f=('au PAY マーケット', 'info@wowma.jp'), to='au.taro@au.com', date='2025-08-07 11:22',
  subj='【au PAY マーケット】商品発送のお知らせ',
  auth=ISP('mx.au.com', '106.187.36.4', 'mail.wowma.jp', 'bounce@wowma.jp', 'pass', [('pass', 'wowma.jp', 'wm')], ('pass', 'none', 'wowma.jp')),
  text='''au PAY マーケットをご利用いただきありがとうございます。
ご注文の商品が発送されました。

注文番号：3381290021
ショップ：家電のマルワ
配送業者：ヤマト運輸
伝票番号：4421-8830-1127

[[注文履歴を見る|https://wowma.jp/user/order/]]

au PAY マーケット''', html='auto')

M(name='genuine/rakuten-travel-reservation.eml', brand='楽天トラベル', cs='utf8', cte='qp',
  tricks='genuine reservation confirmation with hotel message section and payment info (theme of phishing)',
  unsure='sender address travel@mail.travel.rakuten.co.jp',
  f=('楽天トラベル', 'travel@mail.travel.rakuten.co.jp'), to='trip.nagisa@gmail.com', date='2025-07-20 22:15',
  subj='【楽天トラベル】予約受付のお知らせ（ホテル海風 箱根）',
  auth=G('133.237.2.180', 'mail.travel.rakuten.co.jp', 'travel@mail.travel.rakuten.co.jp', 'pass', [('pass', 'rakuten.co.jp', 'rakuten')], ('pass', 'reject', 'mail.travel.rakuten.co.jp')),
  text='''楽天トラベルをご利用いただきありがとうございます。
以下の内容で予約を受け付けました。

予約番号：RY7781220
宿泊施設：ホテル海風 箱根
チェックイン：2025年8月10日（日）
泊数：1泊　大人2名
お支払い：オンラインカード決済（事前決済）

予約の確認・変更・キャンセル：
https://travel.rakuten.co.jp/mytravel/

楽天グループ株式会社　楽天トラベル''')

M(name='genuine/jalan-reservation-confirm-sjis.eml', brand='じゃらん', cs='sjis', cte='8bit',
  tricks='genuine じゃらん reservation confirmation in Shift_JIS; point usage',
  unsure='sender address info@jalan.net',
  f=('じゃらんnet', 'info@jalan.net'), to='onsen.lover@outlook.jp', date='2025-10-28 19:45',
  subj='【じゃらんnet】予約確認メール（草津温泉 湯の宿 さくら）',
  auth=MS('202.238.141.67', 'mail.jalan.net', 'info@jalan.net', 'pass', [('pass', 'jalan.net', 'jl')], ('pass', 'none', 'jalan.net')),
  text='''じゃらんnetをご利用いただきありがとうございます。
ご予約内容は以下の通りです。

予約番号：0Y8812440
宿名：草津温泉 湯の宿 さくら
宿泊日：2025年11月15日（土）から1泊
人数：大人2名
利用ポイント：1,000ポイント
お支払い：現地決済

予約の確認・キャンセルはこちら
https://www.jalan.net/

株式会社リクルート''')

M(name='genuine/jr-west-e5489-reservation-jis.eml', brand='JR西日本 e5489', cs='jis',
  tricks='genuine e5489 reservation completion in ISO-2022-JP; CP932 ① marker',
  unsure='sender address e5489@jr-odekake.net',
  f=('JR西日本 e5489', 'e5489@jr-odekake.net'), to='kansai.trip@nifty.com', date='2025-08-10 21:30',
  subj='【e5489】予約完了のお知らせ',
  auth=ISP('mx01.nifty.com', '210.145.255.20', 'mail.jr-odekake.net', 'e5489@jr-odekake.net', 'pass', [('pass', 'jr-odekake.net', 'jr')], ('pass', 'none', 'jr-odekake.net')),
  text='''ｅ５４８９をご利用いただきありがとうございます。
以下の内容で予約が完了しました。

予約番号：Ｅ－５８８１２
①８月１４日　のぞみ２２号　新大阪（１０：００発）→東京（１２：２７着）
　普通車指定席　５号車１２Ａ
お支払い：クレジットカード
受取：ＩＣＯＣＡでご乗車（チケットレス）

ＪＲ西日本 ネット予約 ｅ５４８９
https://e5489.jr-odekake.net/''')

M(name='genuine/smartex-reservation-change.eml', brand='JR東海 EX（スマートEX）', cs='utf8', cte='b64',
  tricks='genuine reservation change confirmation; plain base64',
  unsure='sender address from expy.jp',
  f=('スマートEX', 'info@expy.jp'), to='biz.tanaka@gmail.com', date='2026-05-10 18:20',
  subj='【スマートEX】予約変更のお知らせ',
  auth=G('210.168.4.90', 'mail.expy.jp', 'info@expy.jp', 'pass', [('pass', 'expy.jp', 'ex')], ('pass', 'none', 'expy.jp')),
  text='''スマートEXをご利用いただきありがとうございます。
以下の内容で予約を変更しました。

乗車日：2026年5月12日
列車：のぞみ205号
区間：東京 7:00発 → 新大阪 9:27着
座席：普通車指定席 8号車 3E

https://smart-ex.jp/

東海旅客鉄道株式会社''')

M(name='genuine/willer-bus-boarding-reminder.eml', brand='高速バス（WILLER）', cs='utf8', cte='8bit',
  tricks='genuine boarding reminder with payment deadline wording (resembles SMS lure)',
  unsure='sender domain willer.co.jp / willertravel.com',
  f=('WILLER TRAVEL', 'info@willer.co.jp'), to='student.aoi@gmail.com', date='2025-12-24 18:00',
  subj='【WILLER TRAVEL】ご乗車前日のご案内',
  auth=G('54.240.60.21', 'e60-21.smtp-out.ap-northeast-1.amazonses.com', '0106019a1c2b3d4e-aa11-bb22-cc33-dd44ee55ff66-000000@ap-northeast-1.amazonses.com', 'pass', [('pass', 'willer.co.jp', 'wl'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], ('pass', 'none', 'willer.co.jp')),
  text='''WILLER TRAVELをご利用いただきありがとうございます。
明日のご乗車について、ご案内いたします。

予約番号：W7712204
便名：WILLER EXPRESS 大阪→東京
乗車日時：12月25日 22:40　大阪梅田（ｸﾞﾗﾝﾌﾛﾝﾄ大阪）
お支払い：完了済み

乗車場所の地図：https://travel.willer.co.jp/

WILLER株式会社''')

M(name='genuine/ikyu-reservation-reminder.eml', brand='一休.com', cs='utf8', cte='b64',
  tricks='genuine stay reminder; HTML+text with official links',
  unsure='sender address @ikyu.com',
  f=('一休.com', 'info@ikyu.com'), to='luxury.kyoko@gmail.com', date='2025-05-28 10:00',
  subj='【一休.com】ご宿泊日が近づいてまいりました',
  auth=G('203.180.145.22', 'mail.ikyu.com', 'info@ikyu.com', 'pass', [('pass', 'ikyu.com', 'ik')], ('pass', 'none', 'ikyu.com')),
  text='''一休.comをご利用いただきありがとうございます。
ご宿泊日が近づいてまいりました。

宿泊施設：ザ・リッツ・カールトン京都
チェックイン：2025年6月1日 15:00
予約番号：IK20250412-0911

[[予約内容を確認する|https://www.ikyu.com/mypage/]]

株式会社一休''', html='auto')

M(name='genuine/etc-meisai-registration-renewal.eml', brand='ETC利用照会サービス', cs='utf8', cte='qp',
  tricks='genuine ETC利用照会サービス notice about long-inactive account deletion (theme abused by phishing)',
  unsure='sender domain etc-meisai.jp',
  f=('ETC利用照会サービス', 'info@etc-meisai.jp'), to='drive.takuya@gmail.com', date='2025-04-08 10:00',
  subj='ETC利用照会サービス 登録情報の自動削除予定のお知らせ',
  auth=G('202.241.198.11', 'mail.etc-meisai.jp', 'info@etc-meisai.jp', 'pass', [('pass', 'etc-meisai.jp', 'etc')], ('pass', 'none', 'etc-meisai.jp')),
  text='''ETC利用照会サービスをご利用いただきありがとうございます。

お客様の登録情報は、1年以上ログインが確認されていないため、
2025年5月8日に自動削除される予定です。
引き続きご利用になる場合は、期日までにログインしてください。

https://www.etc-meisai.jp/

※本メールは送信専用です。
ETC利用照会サービス事務局''')

M(name='genuine/tokio-marine-renewal-guide-html.eml', brand='東京海上日動', cs='utf8', cte='b64',
  tricks='genuine auto insurance renewal guide (契約内容確認), HTML multipart/alternative',
  unsure='sender address from tokiomarine-nichido.co.jp subdomain',
  f=('東京海上日動', 'info@mail.tokiomarine-nichido.co.jp'), to='car.hoken.t@gmail.com', date='2025-11-05 10:30',
  subj='【東京海上日動】自動車保険 満期のご案内',
  auth=G('210.232.51.88', 'mo.tokiomarine-nichido.co.jp', 'bounce@mail.tokiomarine-nichido.co.jp', 'pass', [('pass', 'tokiomarine-nichido.co.jp', 'tm')], ('pass', 'quarantine', 'mail.tokiomarine-nichido.co.jp')),
  text='''東京海上日動をご利用いただきありがとうございます。

ご契約中の自動車保険（証券番号：末尾 4412）が2025年12月10日に満期を迎えます。
継続手続きは、代理店またはお客様専用ページからお手続きください。

[[お客様専用ページ|https://www.tokiomarine-nichido.co.jp/]]

東京海上日動火災保険株式会社''', html='auto')
