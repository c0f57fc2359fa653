# -*- coding: utf-8 -*-
# phishing batch 3: travel, games/entertainment, telecom/ISP
from lib import *  # noqa

M(name='phishing/rakuten-travel-booking-guest-info-html.eml', brand='楽天トラベル', cs='utf8', cte='b64',
  tricks='booking.com-style hotel message lure ("re-verify card within 24h or booking cancelled"); look-alike travel-rakuten.jp-reserve.com; HTML',
  f=('楽天トラベル', 'reserve@travel-rakuten.jp-reserve.com'), to='trip.nagisa@gmail.com', date='2025-07-25 16:40',
  subj='【楽天トラベル】ご予約のカード情報確認のお願い（宿泊施設より）',
  auth=G('194.169.175.40', 'jp-reserve.com', 'reserve@travel-rakuten.jp-reserve.com', 'pass', [('pass', 'jp-reserve.com', 'x')], None),
  text='''楽天トラベルをご利用いただきありがとうございます。

宿泊施設「ホテル海風 箱根」より、お客様のご予約についてメッセージが届いています。

「ご登録のクレジットカードで事前決済が承認されませんでした。24時間以内にカード情報をご確認いただけない場合、ご予約は自動的にキャンセルとなります。」

[[メッセージを確認する|https://travel-rakuten.jp-reserve.com/booking/msg?r=RT77812]]

楽天トラベル''', html='auto')

M(name='phishing/jalan-point-html-related-logo.eml', brand='じゃらん', cs='utf8', cte='qp',
  tricks='multipart/related with inline logo; Pontaポイント expiry lure; look-alike jalan-net.club (real jalan.net); DKIM pass attacker',
  f=('じゃらんnet', 'info@jalan-net.club'), to='onsen.lover@outlook.jp', date='2025-10-30 12:34',
  subj='【じゃらん】期間限定ポイント3,000ptの有効期限が迫っています',
  auth=MS('45.148.10.77', 'mail.jalan-net.club', 'info@jalan-net.club', 'pass', [('pass', 'jalan-net.club', 's1')], ('none', 'none', 'jalan-net.club')),
  html='''<html><body>
<p><img src="cid:logo@jalan" alt="じゃらん"></p>
<p>じゃらんnetをご利用いただきありがとうございます。</p>
<p>お客様の期間限定ポイント <b>3,000pt</b> の有効期限が <b>10月31日</b> に迫っています。<br>
ログインしてポイントを延長してください。</p>
<p><a href="https://jalan-net.club/uw/login">ログインしてポイントを確認</a></p>
<p>株式会社リクルート</p>
</body></html>
''', related=[('logo@jalan', 'image/png', png(60, 20, 'jalanlogo'), 'logo.png')])

M(name='phishing/jr-west-e5489-refund-lookalike-jis.eml', brand='JR西日本 e5489', cs='jis',
  tricks='ticket refund lure (払戻し); look-alike e5489-jr-odekake.com (real jr-odekake.net); ISO-2022-JP; DMARC none',
  f=('JR西日本 e5489', 'e5489@e5489-jr-odekake.com'), to='kansai.trip@nifty.com', date='2025-08-14 07:15',
  subj='【e5489】運休に伴う払戻しのご案内',
  auth=ISP('mx01.nifty.com', '103.214.68.9', 'e5489-jr-odekake.com', 'e5489@e5489-jr-odekake.com', 'pass', [], None),
  text='''e5489をご利用いただきありがとうございます。

台風の影響による列車運休のため、お客様の予約済みきっぷは払戻しの対象となりました。
下記より払戻し先口座をご登録ください。

予約番号：E-58812
列車：のぞみ２２号　新大阪→東京
払戻金額：１４，７２０円

払戻し手続き：https://e5489-jr-odekake.com/refund/

ＪＲ西日本 ネット予約センター''')

M(name='phishing/jr-central-ex-member-suspend-html-only.eml', brand='JR東海 EX（エクスプレス予約）', cs='utf8', cte='b64',
  tricks='HTML-only member suspension lure; brand as subdomain expy.jp.member-check.top; display name EXサービス; attacker domain passes SPF; link text shows https://expy.jp/',
  f=('EXサービス', 'no-reply@member-check.top'), to='biz.tanaka@gmail.com', date='2026-05-11 06:05',
  subj='【EXサービス】会員資格停止のお知らせ',
  auth=G('45.95.169.201', 'member-check.top', 'no-reply@member-check.top', 'pass', [], None),
  html='''<html><body style="font-family:sans-serif;font-size:14px">
<p>エクスプレス予約をご利用のお客様</p>
<p>ご登録のクレジットカードの有効性が確認できなかったため、会員資格を一時停止しました。</p>
<p>以下よりカード情報を更新いただくと、停止は解除されます。</p>
<p><a href="https://expy.jp.member-check.top/ex/card">https://expy.jp/</a></p>
<p>東海旅客鉄道株式会社</p></body></html>
''')

M(name='phishing/highway-bus-reservation-sms-style.eml', brand='高速バス（WILLER）', cs='utf8', cte='8bit',
  tricks='SMS-style short text with shortener-like domain; free-mail (gmail) sender; no signature',
  f='willer.busyoyaku@gmail.com', to='student.aoi@gmail.com', date='2025-12-26 23:58',
  subj='高速バス予約確認',
  auth=G('209.85.220.69', 'mail-sor-f69.google.com', 'willer.busyoyaku@gmail.com', 'pass', [('pass', 'gmail.com', '20230601')], ('pass', 'none', 'gmail.com')),
  text='''【WILLER】ご予約の決済が完了していません。本日中に手続きがない場合キャンセルとなります。https://wlr-bus.cc/p
''')

M(name='phishing/ikyu-hotel-guest-message-chinese-mixed.eml', brand='一休.com', cs='utf8', cte='b64',
  tricks='machine-translated Japanese with Chinese glyphs (确认, 预订); look-alike ikyu-reserve.net; plain base64',
  f=('一休.com', 'support@ikyu-reserve.net'), to='luxury.kyoko@gmail.com', date='2025-05-30 02:40',
  subj='一休.com：您的预订は确认が必要です',
  auth=G('156.238.240.17', 'ikyu-reserve.net', 'support@ikyu-reserve.net', 'pass', [], None),
  text='''尊敬的お客様

あなたの预订（ザ・リッツ・カールトン京都 2泊）はクレジットカード验证が失败しました。
请24小时以内に下記リンクで确认してください，否则预订は取消されます。

https://ikyu-reserve.net/booking/verify

一休.com 客服''')

M(name='phishing/nintendo-account-login-official-linktext.eml', brand='Nintendo', cs='utf8', cte='b64',
  tricks='HTML anchor text https://accounts.nintendo.com/ pointing to nintendo-accounts.jp-support.net; login alert lure; SPF/DKIM pass attacker',
  f=('Nintendo', 'no-reply@nintendo-accounts.jp-support.net'), to='switch.papa@gmail.com', date='2025-06-21 20:20',
  subj='[ニンテンドーアカウント] ご利用のニンテンドーアカウントへのサインインについて',
  auth=G('79.137.198.10', 'jp-support.net', 'no-reply@nintendo-accounts.jp-support.net', 'pass', [('pass', 'jp-support.net', 'n')], ('pass', 'none', 'jp-support.net')),
  text='''ニンテンドーアカウントに、新しい環境からのサインインがありました。

日時：2025/06/21 20:14
国/地域：ベトナム

お客様ご本人によるサインインでない場合は、以下からパスワードを変更してください。
[[https://accounts.nintendo.com/|https://nintendo-accounts.jp-support.net/password/reset]]

任天堂株式会社''', html='auto')

M(name='phishing/playstation-network-subscription-dmarc-fail.eml', brand='PlayStation', cs='utf8', cte='qp',
  tricks='forged From email.playstation.com with DMARC fail (p=reject) at Microsoft 365 (compauth fail, SCL 5); PS Plus renewal failure lure; link psn-account-jp.com',
  f=('PlayStation', 'reply@email.playstation.com'), to='game.kazu@hotmail.co.jp', date='2025-09-12 03:03',
  subj='PlayStation Plus の自動更新に失敗しました',
  auth=MS('185.225.74.51', 'email.playstation.com', 'reply@email.playstation.com', 'fail', [], ('fail', 'reject', 'email.playstation.com'), compauth='fail', reason='000', scl='5'),
  text='''PlayStation Plus の自動更新に失敗しました。

お支払い方法に問題があったため、PlayStation Plus エクストラ（12ヶ月）の更新ができませんでした。
48時間以内にお支払い方法を更新しないと、セーブデータのクラウド保存が削除されます。

[[お支払い方法を更新|https://psn-account-jp.com/wallet/update]]

Sony Interactive Entertainment''', html='auto')

M(name='phishing/steam-trade-ban-machine-translation.eml', brand='Steam', cs='utf8', cte='b64',
  tricks='awkward machine translation (直訳調); Steam Guard / trade ban lure; look-alike steamcommunlty.jp.net (l for i); DKIM pass attacker',
  f=('Steam Support', 'support@steamcommunlty.jp.net'), to='fps.gamer.jp@gmail.com', date='2025-11-29 14:14',
  subj='あなたのSteamアカウントは取引禁止されるでしょう',
  auth=G('45.155.205.233', 'steamcommunlty.jp.net', 'support@steamcommunlty.jp.net', 'pass', [('pass', 'steamcommunlty.jp.net', 'st')], None),
  text='''親愛なるユーザー、

我々はあなたのアカウントに疑わしい活動を検出しました。あなたのアカウントはコミュニティ規則に違反するかもしれません。
あなたが72時間以内に確認しないならば、あなたのアカウントは永久に取引禁止されるでしょう。

下のリンクをクリックしてあなたの所有権を証明してください：
https://steamcommunlty.jp.net/login/home/?goto=verify

感謝、
Steamサポートチーム''')

M(name='phishing/u-next-payment-failure-hyphen.eml', brand='U-NEXT', cs='utf8', cte='b64',
  tricks='payment failure lure; hyphenated look-alike u-next-jp.help (real unext.jp / video.unext.jp); multipart/alternative',
  f=('U-NEXT', 'info@u-next-jp.help'), to='movie.haruka@gmail.com', date='2026-01-31 21:00',
  subj='【U-NEXT】お支払い方法の確認ができませんでした',
  auth=G('80.66.88.209', 'u-next-jp.help', 'info@u-next-jp.help', 'pass', [('pass', 'u-next-jp.help', 'default')], None),
  text='''U-NEXTをご利用いただきありがとうございます。

月額プランのお支払いに使用するクレジットカードの確認ができませんでした。
お支払い情報を更新いただけない場合、サービスのご利用を停止いたします。

[[お支払い情報を更新する|https://u-next-jp.help/account/payment]]

株式会社U-NEXT''', html='auto')

M(name='phishing/abema-premium-prize-sjis.eml', brand='ABEMA', cs='sjis', cte='b64',
  tricks='Shift_JIS base64; free premium prize lure asking card for 0-yen verification; look-alike abema-premium.club',
  f=('ABEMA', 'campaign@abema-premium.club'), to='anime.riku@yahoo.co.jp', date='2025-04-01 12:00',
  subj='【ABEMA】ABEMAプレミアム1年間無料に当選しました',
  auth=ISP('mta-mx.mail.yahoo.co.jp', '91.208.197.144', 'abema-premium.club', 'campaign@abema-premium.club', 'pass', [], None),
  text='''ABEMAをご利用いただきありがとうございます。

厳正なる抽選の結果、お客様が「ABEMAプレミアム1年間無料」に当選されました。
ご本人確認のため、クレジットカード情報をご登録ください（0円認証・料金は発生しません）。

https://abema-premium.club/entry

株式会社AbemaTV''')

M(name='phishing/dazn-account-hold-zero-width-url-text.eml', brand='DAZN', cs='utf8', cte='b64',
  tricks='zero-width joiners inside visible brand and link text (D\u200dAZN); HTML link text "dazn.com" pointing to dazn-jp-billing.com',
  f=('D\u200dA\u200dZ\u200dN', 'billing@dazn-jp-billing.com'), to='soccer.yuto@gmail.com', date='2025-08-22 18:00',
  subj='D\u200dAZN：アカウントが保留になっています',
  auth=G('185.81.68.14', 'dazn-jp-billing.com', 'billing@dazn-jp-billing.com', 'pass', [], None),
  text='''D\u200dAZNをご利用いただきありがとうございます。

ご登録のお支払い方法で請求を完了できなかったため、アカウントが保留になっています。
試合を引き続きご視聴いただくには、お支払い情報を更新してください。

[[dazn.com/account|https://dazn-jp-billing.com/myaccount/payment]]

D\u200dAZN Japan''', html='auto')

M(name='phishing/rakuten-mobile-esim-reissue-lookalike.eml', brand='楽天モバイル', cs='utf8', cte='b64',
  tricks='eSIM reissue (SIM-swap) lure; look-alike rakuten-mobile-esim.com; asks login to my楽天モバイル; DMARC none',
  f=('楽天モバイル', 'noreply@rakuten-mobile-esim.com'), to='r.mobile.user@gmail.com', date='2026-02-26 10:30',
  subj='【楽天モバイル】eSIM再発行手続きの確認',
  auth=G('83.97.73.245', 'rakuten-mobile-esim.com', 'noreply@rakuten-mobile-esim.com', 'pass', [], None),
  text='''楽天モバイルをご利用いただきありがとうございます。

お客様の回線でeSIMの再発行手続きを受け付けました。
お心当たりがない場合は、以下から手続きをキャンセルしてください。
キャンセルしない場合、現在ご利用のSIMは本日中に利用できなくなります。

[[手続きをキャンセル|https://rakuten-mobile-esim.com/my/esim/cancel]]

楽天モバイル株式会社''', html='auto')

M(name='phishing/ahamo-dpoint-freemail-sms-style.eml', brand='ahamo（ドコモ）', cs='utf8', cte='8bit',
  tricks='SMS-style; free-mail sender (icloud.com); dポイント expiry; brand as subdomain ahamo.com.dpt-jp.top',
  f='ahamo.support.center@icloud.com', to='d.user.rina@docomo.ne.jp', date='2025-10-05 09:09',
  subj='ahamo',
  auth=ISP('mfsmax.docomo.ne.jp', '17.58.63.179', 'qs51p00im-qukt01072102.me.com', 'ahamo.support.center@icloud.com', 'pass', [('pass', 'icloud.com', '1a1hai')], ('pass', 'quarantine', 'icloud.com')),
  text='''【ahamo】ご利用のdポイント(7,420pt)が本日失効します。お手続き https://ahamo.com.dpt-jp.top/d
''')

M(name='phishing/ocn-mailbox-password-expiry-jis.eml', brand='OCN', cs='jis',
  tricks='ISP webmail password expiry; look-alike ocn-mail-support.com; ISO-2022-JP; target is an @ocn.ne.jp user',
  f=('OCNメールサポート', 'support@ocn-mail-support.com'), to='y.hasegawa@ocn.ne.jp', date='2025-03-18 11:45',
  subj='【OCN】メールアカウントのパスワード有効期限のお知らせ',
  auth=ISP('mx.ocn.ne.jp', '146.19.24.12', 'ocn-mail-support.com', 'support@ocn-mail-support.com', 'pass', [], None),
  text='''OCNをご利用のお客さま

お客さまのメールアカウント（y.hasegawa@ocn.ne.jp）のパスワードの有効期限が
２０２５年３月２０日で終了します。
引き続きメールをご利用いただくには、下記より更新手続きを行ってください。

https://ocn-mail-support.com/webmail/renew?u=y.hasegawa

ＮＴＴドコモビジネス株式会社　ＯＣＮ''')

M(name='phishing/biglobe-webmail-quota-html.eml', brand='BIGLOBE', cs='utf8', cte='b64',
  tricks='mailbox quota lure; HTML link text shows https://auth.biglobe.ne.jp/ but href goes to biglobe-webmail.icu; display name BIGLOBE',
  f=('BIGLOBE', 'info@biglobe-webmail.icu'), to='kato-m@kkd.biglobe.ne.jp', date='2025-12-15 15:15',
  subj='【BIGLOBE】メールボックス容量が上限に達しました',
  auth=ISP('mx.biglobe.ne.jp', '45.227.255.70', 'biglobe-webmail.icu', 'info@biglobe-webmail.icu', 'pass', [], None),
  text='''BIGLOBEをご利用いただきありがとうございます。

お客さまのメールボックスの容量が上限（99％）に達しました。
新しいメールを受信できなくなる場合があります。
以下より容量を無料で拡張してください。

[[https://auth.biglobe.ne.jp/|https://biglobe-webmail.icu/mail/quota]]

ビッグローブ株式会社''', html='auto')

M(name='phishing/so-net-fee-unpaid-callback.eml', brand='So-net', cs='utf8', cte='qp',
  tricks='unpaid fee + call-back (phone number) and also link; look-alike so-net-billing.jp; quoted-printable',
  f=('So-net お客さまセンター', 'billing@so-net-billing.jp'), to='fujii.t@ca2.so-net.ne.jp', date='2025-07-30 13:50',
  subj='【So-net】ご利用料金未払いのお知らせ',
  auth=ISP('mx.so-net.ne.jp', '193.42.33.71', 'so-net-billing.jp', 'billing@so-net-billing.jp', 'pass', [], None),
  text='''So-netをご利用いただきありがとうございます。

ご登録のお支払い方法にて、7月分のご利用料金（6,380円）のお引き落としができませんでした。
8月5日までにお支払いがない場合、インターネット接続サービスを停止いたします。

お支払い手続き：https://so-net-billing.jp/pay/
お問い合わせ：050-5212-87XX

ソニーネットワークコミュニケーションズ株式会社''')

M(name='phishing/plala-service-end-euc.eml', brand='ぷらら', cs='euc', cte='8bit',
  tricks='service termination/migration lure; EUC-JP 8bit; look-alike plala-ikou.net',
  f=('ぷらら', 'info@plala-ikou.net'), to='t.ogawa@ba2.so-net.ne.jp', date='2025-11-11 10:00',
  subj='【ぷらら】メールサービス移行手続きのお願い',
  auth=ISP('mx.so-net.ne.jp', '77.91.124.50', 'plala-ikou.net', 'info@plala-ikou.net', 'pass', [], None),
  text='''ぷららをご利用のお客様

ぷららメールサービスの提供終了に伴い、新メールサービスへの移行手続きをお願いしております。
移行手続きを行わない場合、保存されているメールはすべて削除されます。

移行手続き：https://plala-ikou.net/migrate/

株式会社NTTドコモ　ぷらら事務局''')

M(name='phishing/iijmio-sim-suspend-display-name-spoof.eml', brand='IIJmio', cs='utf8', cte='b64',
  tricks='display name "IIJmio <info@iijmio.jp>" embeds an official-looking address while real address is iijmio-info@mail-center-jp.com',
  f=('IIJmio <info@iijmio.jp>', 'iijmio-info@mail-center-jp.com'), to='mvno.kei@gmail.com', date='2026-06-02 08:20',
  subj='【IIJmio】SIMカード利用停止予告',
  auth=G('91.92.241.66', 'mail-center-jp.com', 'iijmio-info@mail-center-jp.com', 'pass', [], None),
  text='''IIJmioをご利用いただきありがとうございます。

ご契約者情報の確認が完了していないため、6月5日にSIMカードの利用を停止いたします。
以下より契約者情報の確認をお願いいたします。

[[契約者情報を確認する|https://mail-center-jp.com/iijmio/kyc]]

株式会社インターネットイニシアティブ''', html='auto')
