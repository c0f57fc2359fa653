# -*- coding: utf-8 -*-
# genuine batch 1: banks, shinkin/rokin/JA, crypto, securities, insurers, cards
from lib import *  # noqa

M(name='genuine/rakuten-bank-login-notice.eml', brand='楽天銀行', cs='utf8', cte='b64',
  tricks='genuine login notification that looks like a lure ("心当たりがない場合"); official rakuten-bank.co.jp links; DKIM/SPF/DMARC pass',
  unsure='sending subdomain ac.rakuten-bank.co.jp (parent domain rakuten-bank.co.jp is official)',
  f=('楽天銀行', 'service@ac.rakuten-bank.co.jp'), to='rakuten.user1988@gmail.com', date='2025-09-18 07:41',
  subj='[楽天銀行]ログインのお知らせ',
  auth=G('133.237.16.42', 'mail-out02.rakuten-bank.co.jp', 'bounce@ac.rakuten-bank.co.jp', 'pass', [('pass', 'rakuten-bank.co.jp', 'rb2024')], ('pass', 'reject', 'ac.rakuten-bank.co.jp')),
  text='''楽天銀行をご利用いただき、ありがとうございます。

以下の日時に、お客さまの口座へログインがありました。

ログイン日時：2025/09/18 07:40
ご利用環境：iOS アプリ

お客さまご自身によるログインでない場合は、パスワードを変更のうえ、
カスタマーセンターへご連絡ください。
https://www.rakuten-bank.co.jp/support/

※本メールは送信専用です。ご返信いただいてもお答えできません。
----------------------------------------------------------
楽天銀行株式会社
https://www.rakuten-bank.co.jp/
----------------------------------------------------------''')

M(name='genuine/paypay-bank-transfer-accepted.eml', brand='PayPay銀行', cs='utf8', cte='qp',
  tricks='genuine transfer acceptance notice with amounts and account fragments; plain QP; DMARC pass',
  f=('PayPay銀行', 'info@paypay-bank.co.jp'), to='hiro.k2024@gmail.com', date='2026-02-03 12:18',
  subj='【PayPay銀行】振込受付のお知らせ',
  auth=G('210.143.130.8', 'mo02.paypay-bank.co.jp', 'info@paypay-bank.co.jp', 'pass', [('pass', 'paypay-bank.co.jp', 'ppb1')], ('pass', 'reject', 'paypay-bank.co.jp')),
  text='''PayPay銀行をご利用いただきありがとうございます。
以下の内容でお振込を受け付けました。

受付日時：2026年02月03日 12:18
振込先：ｼﾞｵﾝﾀﾞ ｹﾝｲﾁ 様
振込先金融機関：三井住友銀行 渋谷支店 普通 ****567
振込金額：32,000円
手数料：145円

お心当たりのない場合は、至急カスタマーセンターへお問い合わせください。
https://www.paypay-bank.co.jp/contact/

PayPay銀行株式会社''')

M(name='genuine/sumishin-sbi-transfer-complete-jis.eml', brand='住信SBIネット銀行', cs='jis',
  tricks='genuine ISO-2022-JP notice from netbk.co.jp; includes amount and "心当たりがない場合"; DMARC pass at nifty',
  f=('住信SBIネット銀行', 'info@netbk.co.jp'), to='net.bank.ai@nifty.com', date='2025-08-04 19:22',
  subj='【住信SBIネット銀行】振込完了のお知らせ',
  auth=ISP('mx03.nifty.com', '202.32.213.17', 'mgw01.netbk.co.jp', 'info@netbk.co.jp', 'pass', [('pass', 'netbk.co.jp', 'netbk')], ('pass', 'netbk.co.jp', 'netbk.co.jp')),
  text='''住信ＳＢＩネット銀行をご利用いただきありがとうございます。

以下のお振込が完了しました。

振込日：２０２５年８月４日
振込金額：１２，０００円
振込先：ミズホ　ハナコ　様

本メールにお心当たりがない場合は、下記までご連絡ください。
カスタマーセンター：0120-974-646

※本メールは送信専用アドレスからお送りしています。
住信ＳＢＩネット銀行株式会社
https://www.netbk.co.jp/''')

M(name='genuine/sony-bank-one-time-password.eml', brand='ソニー銀行', cs='utf8', cte='b64',
  tricks='genuine OTP mail (code only, no link) — looks like lure bait; DMARC pass',
  f=('ソニー銀行', 'noreply@sonybank.net'), to='sato.ryota@so-net.ne.jp', date='2025-05-08 21:03',
  subj='【ソニー銀行】ワンタイムパスワードのお知らせ',
  auth=ISP('mx.so-net.ne.jp', '210.130.212.99', 'mo1.sonybank.net', 'noreply@sonybank.net', 'pass', [('pass', 'sonybank.net', 'sb')], ('pass', 'quarantine', 'sonybank.net')),
  text='''ソニー銀行をご利用いただき、ありがとうございます。

ワンタイムパスワード：482913

有効期限：2025/05/08 21:13

このワンタイムパスワードは他人に教えないでください。
当行の行員がワンタイムパスワードをお尋ねすることはありません。

ソニー銀行株式会社''')

M(name='genuine/au-jibun-bank-new-device-alert.eml', brand='auじぶん銀行', cs='utf8', cte='b64',
  tricks='genuine new-device login alert with "not me" guidance, links only to jibunbank.co.jp; HTML+text',
  f=('auじぶん銀行', 'info@jibunbank.co.jp'), to='mobile.ayaka@au.com', date='2025-12-20 08:11',
  subj='【auじぶん銀行】新しい端末からのログインがありました',
  auth=ISP('mx.au.com', '27.121.40.33', 'mail.jibunbank.co.jp', 'bounce@jibunbank.co.jp', 'pass', [('pass', 'jibunbank.co.jp', 'jb2023')], ('pass', 'quarantine', 'jibunbank.co.jp')),
  text='''auじぶん銀行をご利用いただきありがとうございます。

新しい端末からアプリへのログインがありました。
日時：2025年12月20日 08:10
端末：iPhone

お心当たりがない場合は、アプリからお取引を停止し、カスタマーセンターへご連絡ください。
[[よくあるご質問|https://www.jibunbank.co.jp/faq/]]

auじぶん銀行株式会社''', html='auto')

M(name='genuine/gmo-aozora-deposit-notice.eml', brand='GMOあおぞらネット銀行', cs='utf8', cte='b64',
  tricks='genuine deposit notification for a corporate account; Microsoft 365 recipient; DMARC pass',
  f=('GMOあおぞらネット銀行', 'noreply@gmo-aozora.com'), to='keiri@startup-example.jp', date='2026-03-02 09:15',
  subj='【GMOあおぞらネット銀行】入金のお知らせ',
  auth=MS('52.68.97.120', 'mail.gmo-aozora.com', 'noreply@gmo-aozora.com', 'pass', [('pass', 'gmo-aozora.com', 'google')], ('pass', 'reject', 'gmo-aozora.com')),
  text='''株式会社スタートアップ 様

いつもGMOあおぞらネット銀行をご利用いただきありがとうございます。
以下の入金がありました。

入金日時：2026/03/02 09:14
入金額：1,320,000円
振込依頼人：ｶ)ﾐﾗｲｼｮｳｼﾞ

詳細はログイン後の入出金明細よりご確認ください。
https://bank.gmo-aozora.com/

GMOあおぞらネット銀行株式会社''')

M(name='genuine/yokohama-bank-campaign-cuenote.eml', brand='横浜銀行', cs='utf8', cte='qp',
  tricks='genuine campaign mail via ESP Cuenote (envelope on a bounce subdomain, Received from cuenote relay), List-Unsubscribe; prize wording',
  unsure='bank mail domain mail.boy.co.jp and Cuenote relay host naming',
  f=('横浜銀行', 'info@mail.boy.co.jp'), to='k.suzuki0412@nifty.com', date='2025-06-02 12:00',
  subj='【横浜銀行】夏のボーナス定期預金キャンペーンのご案内',
  extra=['List-Unsubscribe: <https://mail.boy.co.jp/unsubscribe?u=8d21a>', 'X-Mailer: Cuenote FC'],
  auth=ISP('mx01.nifty.com', '219.117.239.70', 'cnt01.cuenote.jp', 'bounce-8d21a@bounce.mail.boy.co.jp', 'pass', [('pass', 'mail.boy.co.jp', 'cue')], ('pass', 'none', 'mail.boy.co.jp')),
  text='''横浜銀行をご利用いただきありがとうございます。

夏のボーナス定期預金キャンペーンを実施中です。
期間中、新たに定期預金にお預け入れいただいたお客さまに、抽選で1,000名さまにカタログギフトをプレゼント！

キャンペーン期間：2025年6月2日～8月31日
詳しくは：https://www.boy.co.jp/kojin/campaign/

配信停止：https://mail.boy.co.jp/unsubscribe?u=8d21a

株式会社横浜銀行''', html='auto')

M(name='genuine/shizuoka-bank-maintenance-sjis.eml', brand='静岡銀行', cs='sjis', cte='8bit',
  tricks='genuine system maintenance notice in Shift_JIS 8bit; services "stopped" wording; no login link',
  unsure='sender domain shizuokabank.co.jp for customer notices',
  f=('静岡銀行', 'info@shizuokabank.co.jp'), to='a.mochizuki@docomo.ne.jp', date='2025-10-20 15:00',
  subj='【静岡銀行】システムメンテナンスに伴うサービス休止のお知らせ',
  auth=ISP('mfsmax.docomo.ne.jp', '202.214.80.14', 'mail.shizuokabank.co.jp', 'info@shizuokabank.co.jp', 'pass', [('pass', 'shizuokabank.co.jp', 'default')], ('pass', 'shizuokabank.co.jp', 'shizuokabank.co.jp')),
  text='''しずぎんインターネットバンキングをご利用のお客さまへ

システムメンテナンスのため、下記日程でサービスを休止いたします。
ご不便をおかけしますが、ご理解賜りますようお願い申し上げます。

休止日時：2025年10月26日（日）0:00～6:00
休止サービス：インターネットバンキング、アプリ、ATMでのお振込

詳しくは当行ホームページをご覧ください。
https://www.shizuokabank.co.jp/

株式会社静岡銀行''')

M(name='genuine/hokuyo-bank-otp-change-notice-jis.eml', brand='北洋銀行', cs='jis',
  tricks='genuine ISO-2022-JP notice about OTP policy change (same topic as phishing lures), links to hokuyobank.co.jp only',
  unsure='sender domain hokuyobank.co.jp',
  f=('北洋銀行', 'direct@hokuyobank.co.jp'), to='hokkaido.taro@gmail.com', date='2025-10-01 10:00',
  subj='＜北洋＞ダイレクト ワンタイムパスワード必須化のお知らせ',
  auth=G('210.253.202.21', 'smtp.hokuyobank.co.jp', 'direct@hokuyobank.co.jp', 'pass', [('pass', 'hokuyobank.co.jp', 'hk1')], ('pass', 'quarantine', 'hokuyobank.co.jp')),
  text='''＜北洋＞ダイレクトをご利用のお客さまへ

不正送金被害防止のため、２０２５年１１月１７日より、振込時のワンタイムパスワード
（ソフトウェアトークン）の利用を必須とさせていただきます。
未登録のお客さまは、ログイン後の画面からご登録ください。

※当行からメールやＳＭＳでパスワード等の入力を求めることはございません。
　不審なメールにご注意ください。

詳細：https://www.hokuyobank.co.jp/

株式会社北洋銀行''')

M(name='genuine/shinkin-newsletter-blastmail.eml', brand='城南信用金庫', cs='utf8', cte='b64',
  tricks='genuine local shinkin newsletter via blastmail ESP (envelope on mpse.jp, DKIM by sender), warns about phishing itself',
  unsure='jsbank.co.jp as newsletter From and blastmail envelope domain bma.mpse.jp',
  f=('城南信用金庫', 'news@jsbank.co.jp'), to='ota.kazuko@ocn.ne.jp', date='2025-07-01 10:30',
  subj='【じょうなん通信】7月号 夏の年金友の会イベントのご案内',
  extra=['List-Unsubscribe: <mailto:unsubscribe@bma.mpse.jp?subject=jsbank-news>', 'X-Mailer: blastmail'],
  auth=ISP('mx.ocn.ne.jp', '210.129.142.61', 'ms08.mpse.jp', 'jsbank-news-bounce@bma.mpse.jp', 'pass', [('pass', 'jsbank.co.jp', 'bma')], ('pass', 'none', 'jsbank.co.jp')),
  text='''城南信用金庫をご利用いただきありがとうございます。
じょうなん通信7月号をお届けします。

■年金友の会 夏のイベント
7月26日（土）に品川区立総合区民会館にて落語会を開催します。
申込はお近くの支店窓口まで。

■ご注意ください
信用金庫を装った不審なメールやSMSが確認されています。当金庫からメールでパスワードや暗証番号をお尋ねすることはありません。

https://www.jsbank.co.jp/

配信停止をご希望の方は本メールにご返信ください。
城南信用金庫''')

M(name='genuine/rokin-direct-registration-change.eml', brand='中央労働金庫', cs='utf8', cte='qp',
  tricks='genuine confirmation that registered e-mail address was changed (a typical phishing topic); no link',
  unsure='sender domain chuo.rokin.or.jp',
  f=('中央ろうきん', 'direct@chuo.rokin.or.jp'), to='kumiai.satou@gmail.com', date='2025-11-15 20:41',
  subj='【中央ろうきん】メールアドレス変更受付のお知らせ',
  auth=G('202.229.41.8', 'mail.chuo.rokin.or.jp', 'direct@chuo.rokin.or.jp', 'pass', [('pass', 'chuo.rokin.or.jp', 'rk')], ('pass', 'none', 'chuo.rokin.or.jp')),
  text='''ろうきんダイレクトをご利用いただきありがとうございます。

ご登録メールアドレスの変更を受け付けました。
受付日時：2025年11月15日 20:40

お客さまご自身で変更されていない場合は、ろうきんダイレクトヘルプデスクまでご連絡ください。
ヘルプデスク：0120-86-6956（平日9:00～17:00）

中央労働金庫''')

M(name='genuine/ja-bank-net-bank-transfer-notice-euc.eml', brand='JAバンク', cs='euc', cte='8bit',
  tricks='genuine EUC-JP transfer notice from JAネットバンク',
  unsure='sender domain jabank.org (JAネットバンク notice domain)',
  f=('JAネットバンク', 'info@jabank.org'), to='nouka.tanaka@gmail.com', date='2025-07-20 16:25',
  subj='【JAネットバンク】振込受付完了のお知らせ',
  auth=G('210.168.65.3', 'mail.jabank.org', 'info@jabank.org', 'pass', [('pass', 'jabank.org', 'ja')], ('pass', 'none', 'jabank.org')),
  text='''JAネットバンクをご利用いただきありがとうございます。

以下の振込を受け付けました。

受付日時：2025年7月20日 16:24
振込金額：45,000円
振込先：ＪＡ○○　本店　普通　****12

お心当たりのない場合は、お取引のJAまでご連絡ください。

JAバンク''')

M(name='genuine/bitflyer-2fa-code.eml', brand='bitFlyer', cs='utf8', cte='b64',
  tricks='genuine 2FA confirmation code mail (code only); DMARC pass; sent through SendGrid (envelope em subdomain)',
  unsure='SendGrid envelope subdomain em.bitflyer.com',
  f=('bitFlyer', 'no-reply@bitflyer.com'), to='crypto.kenta@gmail.com', date='2025-10-30 22:58',
  subj='【bitFlyer】確認コードのお知らせ',
  auth=G('167.89.101.24', 'o1.ptr4561.bitflyer.com', 'bounces+2918334-ab12-crypto.kenta=gmail.com@em.bitflyer.com', 'pass', [('pass', 'bitflyer.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], ('pass', 'reject', 'bitflyer.com')),
  text='''bitFlyer をご利用いただきありがとうございます。

確認コード：731 904

このコードの有効期限は10分です。
このメールに心当たりがない場合は、パスワードを変更してください。

株式会社bitFlyer
https://bitflyer.com/ja-jp/''')

M(name='genuine/coincheck-login-alert.eml', brand='Coincheck', cs='utf8', cte='b64',
  tricks='genuine login alert listing IP and device; HTML+text; DMARC pass',
  f=('Coincheck', 'no-reply@coincheck.com'), to='ccuser.mai@gmail.com', date='2025-08-29 12:07',
  subj='[Coincheck] ログインのお知らせ',
  auth=G('54.240.8.33', 'a8-33.smtp-out.amazonses.com', '010001990a11c2d3-3a4b5c6d-7e8f-4012-9abc-def012345678-000000@amazonses.com', 'pass', [('pass', 'coincheck.com', 'cc2022'), ('pass', 'amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')], ('pass', 'quarantine', 'coincheck.com')),
  extra=['Feedback-ID: 1.us-east-1.ccx:AmazonSES'],
  unsure='Amazon SES as Coincheck transport',
  text='''Coincheckにログインがありました。

日時：2025-08-29 12:07
IPアドレス：126.208.xx.xx
端末：iPhone / Coincheck App

心当たりがない場合は、パスワードを変更し、サポートへお問い合わせください。
[[ヘルプセンター|https://faq.coincheck.com/]]

コインチェック株式会社''', html='auto')

M(name='genuine/bitbank-deposit-complete.eml', brand='bitbank', cs='utf8', cte='8bit',
  tricks='genuine JPY deposit completion mail, 8bit UTF-8',
  f=('bitbank', 'no-reply@bitbank.cc'), to='t.ishikawa@i.softbank.jp', date='2025-10-09 13:40',
  subj='[bitbank] 日本円入金完了のお知らせ',
  auth=ISP('mx.softbank.jp', '149.72.160.3', 'o3.sg.bitbank.cc', 'bounces+88120-ffee@em.bitbank.cc', 'pass', [('pass', 'bitbank.cc', 's1')], ('pass', 'none', 'bitbank.cc')),
  unsure='SendGrid envelope em.bitbank.cc',
  text='''bitbankをご利用いただきありがとうございます。

日本円の入金が完了しました。

入金額：100,000 円
反映日時：2025/10/09 13:39

ビットバンク株式会社
https://bitbank.cc/''')

M(name='genuine/matsui-securities-execution-notice-jis.eml', brand='松井証券', cs='jis', crlf=True,
  tricks='genuine 約定通知 in ISO-2022-JP with CRLF; no link',
  f=('松井証券', 'info@matsui.co.jp'), to='investor.h@nifty.com', date='2025-05-12 09:03',
  subj='【松井証券】約定のお知らせ',
  auth=ISP('mx03.nifty.com', '211.13.199.40', 'mail2.matsui.co.jp', 'info@matsui.co.jp', 'pass', [('pass', 'matsui.co.jp', 'mt')], ('pass', 'reject', 'matsui.co.jp')),
  text='''松井証券をご利用いただきありがとうございます。
以下のご注文が約定しました。

銘柄：トヨタ自動車（７２０３）
売買：現物買
約定数量：１００株
約定単価：２，８４５円
約定日時：２０２５／０５／１２　０９：０２

詳細はログイン後の画面でご確認ください。

松井証券株式会社''')

M(name='genuine/monex-report-delivered.eml', brand='マネックス証券', cs='utf8', cte='qp',
  tricks='genuine "電子交付書面が交付されました" notice asking to log in (typical lure wording); link to monex.co.jp',
  f=('マネックス証券', 'info@monex.co.jp'), to='monex.user55@yahoo.co.jp', date='2025-07-11 18:00',
  subj='【マネックス証券】取引報告書等の電子交付のお知らせ',
  auth=ISP('mta-mx.mail.yahoo.co.jp', '202.221.136.88', 'mail.monex.co.jp', 'info@monex.co.jp', 'pass', [('pass', 'monex.co.jp', 'mx')], ('pass', 'reject', 'monex.co.jp')),
  text='''マネックス証券をご利用いただきありがとうございます。

取引報告書等を電子交付いたしました。
ログイン後、「電子交付書面」よりご確認ください。

https://www.monex.co.jp/

※本メールは送信専用です。
マネックス証券株式会社''')

M(name='genuine/nippon-life-contract-notice-dm-vendor.eml', brand='日本生命', cs='utf8', cte='b64',
  tricks='genuine ご契約内容のお知らせ sent through a 委託先 delivery vendor (envelope on vendor domain, DKIM nissay)',
  unsure='nissay.co.jp notice subdomain and vendor envelope domain',
  f=('日本生命', 'mail@ml.nissay.co.jp'), to='haha.tomoko@gmail.com', date='2025-09-16 10:00',
  subj='【日本生命】ご契約内容のお知らせ（Web交付）',
  auth=G('211.125.94.12', 'out.mail-delivery-vendor.jp', 'return@mail-delivery-vendor.jp', 'pass', [('pass', 'ml.nissay.co.jp', 'nl')], ('pass', 'none', 'ml.nissay.co.jp')),
  text='''日本生命をご契約いただき、誠にありがとうございます。

ご契約内容のお知らせをWebでご確認いただけるようになりました。
ずっともっとサービス（マイページ）にログインのうえ、ご確認ください。

https://www.nissay.co.jp/

※本メールは配信専用アドレスからお送りしています。
日本生命保険相互会社''')

M(name='genuine/dai-ichi-life-mypage-registration.eml', brand='第一生命', cs='utf8', cte='b64',
  tricks='genuine マイページ registration completion, HTML+text',
  unsure='sender address dai-ichi-life.co.jp subdomain mypage',
  f=('第一生命', 'no-reply@mypage.dai-ichi-life.co.jp'), to='k.morita@ocn.ne.jp', date='2025-12-02 14:22',
  subj='【第一生命】マイページ登録完了のお知らせ',
  auth=ISP('mx.ocn.ne.jp', '61.211.147.30', 'mo.dai-ichi-life.co.jp', 'no-reply@mypage.dai-ichi-life.co.jp', 'pass', [('pass', 'dai-ichi-life.co.jp', 'dl')], ('pass', 'none', 'mypage.dai-ichi-life.co.jp')),
  text='''第一生命をご利用いただきありがとうございます。

マイページへのご登録が完了しました。
今後は各種お手続きやご契約内容の確認をマイページでご利用いただけます。

[[マイページへログイン|https://www.dai-ichi-life.co.jp/mypage/]]

第一生命保険株式会社''', html='auto')

M(name='genuine/lifecard-usage-flash.eml', brand='ライフカード', cs='utf8', cte='qp',
  tricks='genuine card usage flash notice (利用速報) which phishers imitate; no link except official site',
  unsure='sender lifecard.co.jp subdomain',
  f=('ライフカード', 'info@mail.lifecard.co.jp'), to='card.shinji@gmail.com', date='2025-07-08 19:40',
  subj='【ライフカード】カードご利用のお知らせ',
  auth=G('210.229.46.7', 'smtp.mail.lifecard.co.jp', 'info@mail.lifecard.co.jp', 'pass', [('pass', 'lifecard.co.jp', 'lc')], ('pass', 'none', 'mail.lifecard.co.jp')),
  text='''ライフカードをご利用いただきありがとうございます。
カードのご利用がありましたのでお知らせします。

ご利用日時：2025/07/08 19:38
ご利用先：ｾﾌﾞﾝｲﾚﾌﾞﾝ
ご利用金額：1,284円

ご利用内容に心当たりのない場合は、ライフカードお客様相談室までご連絡ください。
https://www.lifecard.co.jp/

ライフカード株式会社''')
