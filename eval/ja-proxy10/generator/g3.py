# -*- coding: utf-8 -*-
# genuine batch 3: games/entertainment, telecom/ISP, utilities, government
from lib import *  # noqa

M(name='genuine/nintendo-account-signin-alert.eml', brand='Nintendo', cs='utf8', cte='b64',
  tricks='genuine new-environment sign-in alert from accounts.nintendo.com (same theme as phishing); links to official domain',
  f=('Nintendo', 'no-reply@accounts.nintendo.com'), to='switch.papa@gmail.com', date='2025-06-20 19:02',
  subj='[ニンテンドーアカウント] ご利用のニンテンドーアカウントへのサインインについて',
  auth=G('54.240.27.55', 'a27-55.smtp-out.us-west-2.amazonses.com', '0101019789aa01bb-22cc33dd-44ee-55ff-6677-8899aabbccdd-000000@us-west-2.amazonses.com', 'pass', [('pass', 'accounts.nintendo.com', 'nintendo'), ('pass', 'amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n')], ('pass', 'reject', 'accounts.nintendo.com')),
  unsure='Amazon SES as Nintendo transport',
  text='''ニンテンドーアカウントに、新しい環境からのサインインがありました。

サインイン日時：2025/06/20 19:01
国/地域：日本

お心当たりがない場合は、下記のURLにアクセスしてパスワードを変更してください。
[[https://accounts.nintendo.com/|https://accounts.nintendo.com/password/edit]]

※このメールは送信専用です。
任天堂株式会社''', html='auto')

M(name='genuine/playstation-store-receipt.eml', brand='PlayStation', cs='utf8', cte='qp',
  tricks='genuine PlayStation Store purchase receipt (amount) — resembles "unexpected charge" lure',
  unsure='sender txn-email.playstation.com',
  f=('PlayStation', 'Sony@txn-email.playstation.com'), to='game.kazu@hotmail.co.jp', date='2025-09-10 23:40',
  subj='ご購入いただきありがとうございます',
  auth=MS('13.111.119.41', 'mta.txn-email.playstation.com', 'bounce-30_HTML-3390@bounce.txn-email.playstation.com', 'pass', [('pass', 'txn-email.playstation.com', '200608')], ('pass', 'reject', 'txn-email.playstation.com')),
  text='''PlayStation Storeをご利用いただきありがとうございます。

注文番号：T0021938812
購入日：2025/09/10
商品：PlayStation Plus エッセンシャル 3ヶ月利用権
合計：2,450円（税込）
お支払い方法：ウォレット

[[取引履歴を見る|https://www.playstation.com/acct/transaction-history]]

Sony Interactive Entertainment LLC''', html='auto')

M(name='genuine/steam-guard-code.eml', brand='Steam', cs='utf8', cte='8bit',
  tricks='genuine Steam Guard code mail in Japanese (translation sounds slightly stiff, like the phish); 8bit',
  f=('Steam', 'noreply@steampowered.com'), to='fps.gamer.jp@gmail.com', date='2025-11-28 21:00',
  subj='Steamアカウント：新しいコンピュータからのアクセス',
  auth=G('208.64.202.35', 'smtp-03-tuk1.steampowered.com', 'noreply@steampowered.com', 'pass', [('pass', 'steampowered.com', 'smtp')], ('pass', 'reject', 'steampowered.com')),
  text='''fpsgamer_jp 様

Steam Guardのコードがあなたのアカウントへのログインに使用されました：

4KT9X

このメールがあなたのリクエストによるものではない場合、誰かがあなたのアカウントへのアクセスを試みています。
パスワードを変更してください：https://help.steampowered.com/

Steamチーム''')

M(name='genuine/u-next-payment-failed.eml', brand='U-NEXT', cs='utf8', cte='b64',
  tricks='genuine payment failure notice (exactly the phishing theme); links to official video.unext.jp',
  unsure='sender address info@unext.jp',
  f=('U-NEXT', 'info@unext.jp'), to='movie.haruka@gmail.com', date='2026-01-30 10:00',
  subj='【U-NEXT】お支払いに関するお知らせ',
  auth=G('210.149.72.30', 'mail.unext.jp', 'bounce@unext.jp', 'pass', [('pass', 'unext.jp', 'un')], ('pass', 'quarantine', 'unext.jp')),
  text='''U-NEXTをご利用いただきありがとうございます。

ご登録のクレジットカードで月額料金の決済ができませんでした。
カードの有効期限等をご確認のうえ、お支払い方法を更新してください。

[[アカウント設定|https://video.unext.jp/account]]

株式会社U-NEXT''', html='auto')

M(name='genuine/abema-premium-renewal.eml', brand='ABEMA', cs='utf8', cte='b64',
  tricks='genuine ABEMAプレミアム renewal notice',
  unsure='sender address no-reply@abema.tv',
  f=('ABEMA', 'no-reply@abema.tv'), to='anime.riku@yahoo.co.jp', date='2025-03-31 09:00',
  subj='【ABEMA】ABEMAプレミアムの更新のお知らせ',
  auth=ISP('mta-mx.mail.yahoo.co.jp', '149.72.44.90', 'o5.ptr.abema.tv', 'bounces+77120@em.abema.tv', 'pass', [('pass', 'abema.tv', 's1')], ('pass', 'none', 'abema.tv')),
  text='''ABEMAをご利用いただきありがとうございます。

ABEMAプレミアムが自動更新されました。
更新日：2025年3月31日
料金：960円（税込）

解約は「マイページ」>「ABEMAプレミアム」からいつでも行えます。
https://abema.tv/

株式会社AbemaTV''')

M(name='genuine/dazn-payment-problem-html.eml', brand='DAZN', cs='utf8', cte='qp',
  tricks='genuine DAZN payment problem mail (same theme as phish) via Braze-style ESP headers; HTML only',
  unsure='DAZN mail subdomain mail.dazn.com and Braze/SparkPost hop',
  f=('DAZN', 'noreply@mail.dazn.com'), to='soccer.yuto@gmail.com', date='2025-08-21 07:00',
  subj='お支払いに問題があります',
  extra=['X-Braze-Campaign: payment_failure_jp', 'List-Unsubscribe: <https://mail.dazn.com/unsubscribe?u=x9>'],
  auth=G('192.174.82.40', 'mta-82-40.sparkpostmail.com', 'msprvs1=12345aaBc=bounces-2281@sparkpostmail.com', 'pass', [('pass', 'mail.dazn.com', 'scph0922')], ('pass', 'none', 'mail.dazn.com')),
  html='''<html><body style="background:#0c161c;color:#fff;font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<p style="font-size:20px;font-weight:bold">DAZN</p>
<p>ご登録のお支払い方法で今月分の請求ができませんでした。</p>
<p>引き続きご視聴いただくには、マイ・アカウントからお支払い方法をご確認ください。</p>
<p><a href="https://www.dazn.com/ja-JP/myaccount" style="color:#f8ff13">マイ・アカウントへ</a></p>
<p style="font-size:10px;color:#aaa">DAZN Japan Investment合同会社</p>
</td></tr></table></body></html>
''')

M(name='genuine/rakuten-mobile-bill-confirmed.eml', brand='楽天モバイル', cs='utf8', cte='b64',
  tricks='genuine monthly bill confirmation with amount; HTML+text',
  unsure='sender address from mobile.rakuten.co.jp',
  f=('楽天モバイル', 'info@mobile.rakuten.co.jp'), to='r.mobile.user@gmail.com', date='2026-02-24 12:00',
  subj='【楽天モバイル】ご請求金額確定のお知らせ',
  auth=G('133.237.32.14', 'mo-out.mobile.rakuten.co.jp', 'bounce@mobile.rakuten.co.jp', 'pass', [('pass', 'rakuten.co.jp', 'rakuten')], ('pass', 'reject', 'mobile.rakuten.co.jp')),
  text='''楽天モバイルをご利用いただきありがとうございます。

2026年1月分のご請求金額が確定しました。
ご請求金額：3,278円（税込）
お支払い方法：楽天カード

[[my 楽天モバイルで明細を確認|https://portal.mobile.rakuten.co.jp/my-rakuten-mobile]]

楽天モバイル株式会社''', html='auto')

M(name='genuine/ahamo-dpoint-expiry-notice.eml', brand='ahamo（ドコモ）', cs='utf8', cte='b64',
  tricks='genuine dポイント expiry notice (point-expiry lure theme), from docomo.ne.jp',
  unsure='sender address from docomo.ne.jp for dポイント notices',
  f=('dポイントクラブ', 'dpoint@docomo.ne.jp'), to='d.user.rina@docomo.ne.jp', date='2025-10-01 12:00',
  subj='【dポイント】期間・用途限定ポイントの有効期限のお知らせ',
  auth=ISP('mfsmax.docomo.ne.jp', '203.138.181.112', 'mgw.docomo.ne.jp', 'dpoint@docomo.ne.jp', 'pass', [('pass', 'docomo.ne.jp', 'dcm')], ('pass', 'docomo.ne.jp', 'docomo.ne.jp')),
  text='''いつもdポイントをご利用いただきありがとうございます。

お客様の期間・用途限定ポイントのうち、1,200ポイントが2025年10月31日に有効期限を迎えます。
ポイントの確認はdポイントクラブアプリ、またはWebサイトからご確認ください。

https://dpoint.docomo.ne.jp/

株式会社NTTドコモ''')

M(name='genuine/ocn-maintenance-notice-jis.eml', brand='OCN', cs='jis',
  tricks='genuine ISP maintenance notice to @ocn.ne.jp user (ISO-2022-JP)',
  unsure='sender address from ocn.ne.jp support notices',
  f=('OCN', 'info@ocn.ne.jp'), to='y.hasegawa@ocn.ne.jp', date='2025-03-14 17:00',
  subj='【OCN】メールサーバーメンテナンスのお知らせ',
  auth=ISP('mx.ocn.ne.jp', '153.149.230.15', 'mgw-out.ocn.ne.jp', 'info@ocn.ne.jp', 'pass', [('pass', 'ocn.ne.jp', 'ocn')], ('pass', 'ocn.ne.jp', 'ocn.ne.jp')),
  text='''ＯＣＮをご利用のお客さま

下記日程でメールサーバーのメンテナンスを実施いたします。
作業中はメールの送受信が一時的にご利用いただけない場合がございます。

日時：２０２５年３月２５日（火）２：００～５：００
対象：ＯＣＮメール（＠ｏｃｎ．ｎｅ．ｊｐ）

※ＯＣＮがメールでパスワードの入力をお願いすることはありません。

ＮＴＴドコモビジネス株式会社''')

M(name='genuine/biglobe-billing-statement.eml', brand='BIGLOBE', cs='utf8', cte='qp',
  tricks='genuine billing statement notice with login link to official domain',
  unsure='sender address from mail.biglobe.ne.jp',
  f=('BIGLOBE', 'info@mail.biglobe.ne.jp'), to='kato-m@kkd.biglobe.ne.jp', date='2025-12-12 10:00',
  subj='【BIGLOBE】ご利用料金確定のお知らせ（2025年11月分）',
  auth=ISP('mx.biglobe.ne.jp', '133.205.20.50', 'mo.mail.biglobe.ne.jp', 'info@mail.biglobe.ne.jp', 'pass', [('pass', 'biglobe.ne.jp', 'bg')], ('pass', 'biglobe.ne.jp', 'mail.biglobe.ne.jp')),
  text='''BIGLOBEをご利用いただきありがとうございます。

2025年11月分のご利用料金が確定しました。
ご請求金額：5,478円（税込）

明細はマイページからご確認ください。
https://user.sso.biglobe.ne.jp/

ビッグローブ株式会社''')

M(name='genuine/so-net-mail-virus-check-notice.eml', brand='So-net', cs='utf8', cte='b64',
  tricks='genuine ISP notice about service change that asks nothing; CRLF',
  crlf=True, unsure='sender address from so-net.ne.jp',
  f=('So-net', 'info@so-net.ne.jp'), to='fujii.t@ca2.so-net.ne.jp', date='2025-07-28 11:00',
  subj='【So-net】メールウイルスチェックサービス仕様変更のお知らせ',
  auth=ISP('mx.so-net.ne.jp', '202.238.84.20', 'mail.so-net.ne.jp', 'info@so-net.ne.jp', 'pass', [('pass', 'so-net.ne.jp', 'sn')], ('pass', 'so-net.ne.jp', 'so-net.ne.jp')),
  text='''So-netをご利用いただきありがとうございます。

2025年9月1日より、メールウイルスチェックサービスの仕様を変更いたします。
お客様側での設定変更は不要です。

詳細：https://www.so-net.ne.jp/

ソニーネットワークコミュニケーションズ株式会社''')

M(name='genuine/mytokyogas-usage-notice.eml', brand='東京ガス', cs='utf8', cte='b64',
  tricks='genuine monthly usage/charge notice from myTOKYOGAS',
  unsure='sender address from members.tokyo-gas.co.jp',
  f=('myTOKYOGAS', 'no-reply@members.tokyo-gas.co.jp'), to='setagaya.mama@gmail.com', date='2025-02-18 09:00',
  subj='【myTOKYOGAS】ガス・電気料金のお知らせ',
  auth=G('210.165.8.72', 'mail.members.tokyo-gas.co.jp', 'no-reply@members.tokyo-gas.co.jp', 'pass', [('pass', 'tokyo-gas.co.jp', 'tg')], ('pass', 'none', 'members.tokyo-gas.co.jp')),
  text='''myTOKYOGASをご利用いただきありがとうございます。

2月分のご使用量・料金が確定しました。
ガス：38㎥　9,812円
電気：312kWh　10,240円

詳細はmyTOKYOGASにログインしてご確認ください。
https://members.tokyo-gas.co.jp/

東京ガス株式会社''')

M(name='genuine/osaka-gas-web-notice-sjis.eml', brand='大阪ガス', cs='sjis', cte='8bit',
  tricks='genuine Shift_JIS billing notice from 大阪ガス; no credentials requested',
  unsure='sender address from osakagas.co.jp',
  f=('大阪ガス', 'info@osakagas.co.jp'), to='naniwa.k@zeus.eonet.ne.jp', date='2025-12-01 10:00',
  subj='【大阪ガス】料金のお知らせ（Ｗｅｂ明細）',
  auth=ISP('mx.eonet.ne.jp', '210.135.94.17', 'mail.osakagas.co.jp', 'info@osakagas.co.jp', 'pass', [('pass', 'osakagas.co.jp', 'og')], ('pass', 'osakagas.co.jp', 'osakagas.co.jp')),
  text='''大阪ガスをご利用いただきありがとうございます。

11月分の料金が確定しました。
Ｗｅｂ明細は「マイ大阪ガス」でご確認ください。

https://my.osakagas.co.jp/

大阪ガス株式会社''')

M(name='genuine/yokohama-water-bureau-lgjp.eml', brand='横浜市水道局', cs='jis',
  tricks='genuine municipal water-bureau mail from lg.jp domain (ISO-2022-JP), warns about fake payment demands',
  unsure='exact sender address on city.yokohama.lg.jp',
  f=('横浜市水道局', 'sd-mail@city.yokohama.lg.jp'), to='hodogaya.n@gmail.com', date='2025-06-10 09:30',
  subj='【横浜市水道局】水道料金Ｗｅｂ明細の登録完了',
  auth=G('160.16.236.20', 'mail.city.yokohama.lg.jp', 'sd-mail@city.yokohama.lg.jp', 'pass', [('pass', 'city.yokohama.lg.jp', 'yk')], ('pass', 'none', 'city.yokohama.lg.jp')),
  text='''横浜市水道局をご利用いただきありがとうございます。

水道料金Ｗｅｂ明細サービスへの登録が完了しました。

※水道局職員を名乗り、料金の未払いを理由に電子マネーでの支払いを求める
　不審なメール・電話が報告されています。ご注意ください。

横浜市水道局　お客さまサービスセンター''')

M(name='genuine/furusato-choice-donation-receipt.eml', brand='ふるさとチョイス', cs='utf8', cte='b64',
  tricks='genuine ふるさと納税 donation receipt with ワンストップ特例 reminder (same deadline theme as phish)',
  unsure='sender address from furusato-tax.jp',
  f=('ふるさとチョイス', 'info@furusato-tax.jp'), to='nouzei.2025@gmail.com', date='2025-12-28 23:10',
  subj='【ふるさとチョイス】寄付お申し込み完了のお知らせ',
  auth=G('52.198.66.10', 'mail.furusato-tax.jp', 'bounce@furusato-tax.jp', 'pass', [('pass', 'furusato-tax.jp', 'ft')], ('pass', 'none', 'furusato-tax.jp')),
  text='''ふるさとチョイスをご利用いただきありがとうございます。
以下の内容で寄付のお申し込みを受け付けました。

寄付先：北海道白糠町
寄付金額：15,000円
お礼の品：いくら醤油漬け 500g
お支払い方法：クレジットカード

ワンストップ特例制度をご利用の場合は、翌年1月10日（必着）までに申請書を寄付先自治体へご提出ください。
https://www.furusato-tax.jp/

株式会社トラストバンク''')

M(name='genuine/satofull-onestop-reminder.eml', brand='さとふる', cs='utf8', cte='qp',
  tricks='genuine reminder about ワンストップ特例 deadline, mentions My Number card (same words as phish)',
  unsure='sender address from satofull.jp',
  f=('さとふる', 'info@satofull.jp'), to='k.yamaguchi@gmail.com', date='2026-01-05 12:00',
  subj='【さとふる】ワンストップ特例申請はお済みですか？（1月10日必着）',
  auth=G('54.240.48.77', 'e48-77.smtp-out.ap-northeast-1.amazonses.com', '01060199aa22bb33-c4d5e6f7-0011-2233-4455-66778899aabb-000000@ap-northeast-1.amazonses.com', 'pass', [('pass', 'satofull.jp', 'sf'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], ('pass', 'none', 'satofull.jp')),
  text='''さとふるをご利用いただきありがとうございます。

2025年に寄付された自治体へのワンストップ特例申請は、2026年1月10日（必着）です。
さとふるアプリなら、マイナンバーカードを使ってオンラインで申請できます。

https://www.satofull.jp/

株式会社さとふる''')

M(name='genuine/etax-messagebox-notice.eml', brand='国税庁（e-Tax）', cs='utf8', cte='b64',
  tricks='genuine e-Tax "メッセージボックスに通知を格納" mail: deliberately no details, asks to log in (looks like lure)',
  unsure='sender address from e-tax.nta.go.jp',
  f=('e-Tax', 'info@e-tax.nta.go.jp'), to='freelance.mio@gmail.com', date='2026-03-10 15:00',
  subj='e-Taxメッセージボックスへの格納のお知らせ',
  auth=G('163.139.73.16', 'mail.e-tax.nta.go.jp', 'info@e-tax.nta.go.jp', 'pass', [('pass', 'e-tax.nta.go.jp', 'et')], ('pass', 'reject', 'e-tax.nta.go.jp')),
  text='''e-Taxをご利用いただきありがとうございます。

メッセージボックスに「申告書等の受信通知」を格納しました。
内容はe-Taxにログインのうえ、メッセージボックスでご確認ください。

※本メールは送信専用です。
※国税庁がメールで還付金の受取手続きを求めることはありません。

国税庁''')

M(name='genuine/nenkin-net-registration.eml', brand='日本年金機構（ねんきんネット）', cs='jis',
  tricks='genuine ねんきんネット registration confirmation (ISO-2022-JP), no links to click',
  unsure='sender address from nenkin.go.jp',
  f=('ねんきんネット', 'nenkinnet@nenkin.go.jp'), to='s.matsumoto1955@biglobe.ne.jp', date='2025-09-22 14:00',
  subj='【ねんきんネット】ユーザＩＤ登録完了のお知らせ',
  auth=ISP('mx.biglobe.ne.jp', '210.134.107.40', 'mail.nenkin.go.jp', 'nenkinnet@nenkin.go.jp', 'pass', [('pass', 'nenkin.go.jp', 'nk')], ('pass', 'nenkin.go.jp', 'nenkin.go.jp')),
  text='''ねんきんネットのユーザＩＤ登録が完了しました。

今後はマイナポータル、またはユーザＩＤでログインしてご利用いただけます。

※日本年金機構がメールで口座番号や暗証番号をお尋ねすることはありません。

日本年金機構''')

M(name='genuine/city-bousai-mail-lgjp.eml', brand='市役所（防災メール）', cs='utf8', cte='8bit',
  tricks='genuine municipal 防災・防犯メール from lg.jp with urgent wording about scam calls (quotes the scam)',
  unsure='sender address on city.sapporo.lg.jp',
  f=('札幌市 防災・防犯メール', 'bousai@city.sapporo.lg.jp'), to='hokkaido.taro@gmail.com', date='2025-10-22 16:40',
  subj='【札幌市】還付金詐欺の電話にご注意ください',
  auth=G('210.136.64.81', 'mail.city.sapporo.lg.jp', 'bousai@city.sapporo.lg.jp', 'pass', [('pass', 'city.sapporo.lg.jp', 'sp')], ('pass', 'none', 'city.sapporo.lg.jp')),
  text='''【札幌市 防災・防犯メール】

本日、市内で市役所職員を名乗る者から「医療費の還付金がある。ATMで手続きを」という電話が多数確認されています。
市役所がATMでの手続きを求めることはありません。不審な電話はすぐに切り、警察相談専用電話（#9110）へご相談ください。

配信元：札幌市 市民文化局
配信停止・変更：https://www.city.sapporo.jp/''')

M(name='genuine/mynaportal-notice.eml', brand='マイナポータル（デジタル庁）', cs='utf8', cte='b64',
  tricks='genuine マイナポータル お知らせ notification mail: no details, asks login (like lure)',
  unsure='sender address and domain myna.go.jp',
  f=('マイナポータル', 'info@myna.go.jp'), to='myna.kazuya@gmail.com', date='2025-05-01 10:00',
  subj='マイナポータル お知らせ受信のご案内',
  auth=G('52.69.188.17', 'mail.myna.go.jp', 'info@myna.go.jp', 'pass', [('pass', 'myna.go.jp', 'mn')], ('pass', 'reject', 'myna.go.jp')),
  text='''マイナポータルに新しいお知らせが届きました。

お知らせの内容は、マイナポータルにログインしてご確認ください。
https://myna.go.jp/

※本メールは送信専用です。
※デジタル庁がメールでマイナンバーカードの暗証番号をお尋ねすることはありません。

デジタル庁''')
