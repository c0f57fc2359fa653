# -*- coding: utf-8 -*-
# phishing batch 1: regional banks, shinkin/rokin, JA, net banks
from lib import *  # noqa

M(name='phishing/yokohama-bank-hyphen-lookalike-jis.eml', brand='横浜銀行', cs='jis',
  tricks='hyphenated look-alike domain hamagin-boy-secure.com (real bank domain boy.co.jp); display name 横浜銀行; ISO-2022-JP; attacker domain passes SPF',
  f=('横浜銀行', 'info@hamagin-boy-secure.com'), to='k.suzuki0412@nifty.com', date='2025-06-11 07:42',
  subj='【横浜銀行】お客さま情報の確認のお願い（重要）',
  auth=ISP('mx01.nifty.com', '45.137.21.88', 'mail.hamagin-boy-secure.com', 'bounce@hamagin-boy-secure.com', 'pass', [], ('none', 'none', 'hamagin-boy-secure.com')),
  text='''横浜銀行をご利用いただき、誠にありがとうございます。

当行では、犯罪収益移転防止法に基づき、お客さまの取引目的等の確認を定期的に実施しております。
お客さま情報の確認が完了していないため、２０２５年６月１５日以降、インターネットバンキングの
お振込・お引出しを一時的に制限させていただく場合がございます。

下記URLより、本日中にご回答をお願いいたします。

https://hamagin-boy-secure.com/kakunin/login.php?id=8841203

※本メールは送信専用です。
※お心当たりのない場合でも、お手続きをお願いいたします。

株式会社横浜銀行
〒220-8611 横浜市西区みなとみらい３－１－１''')

M(name='phishing/chiba-bank-brand-subdomain-html.eml', brand='千葉銀行', cs='utf8', cte='b64', split=True, crlf=True,
  tricks='brand as subdomain chibabank.co.jp.acct-verify-jp.top; subject encoded-word split mid-character; CRLF; HTML button; forged display name; SPF pass for attacker domain; DMARC none',
  f=('ちばぎん', 'no-reply@acct-verify-jp.top'), to='m.takahashi@gmail.com', date='2025-07-02 21:15',
  subj='【ちばぎん】ダイレクトバンキング 取引制限のお知らせ',
  auth=G('103.151.44.12', 'acct-verify-jp.top', 'no-reply@acct-verify-jp.top', 'pass', [('pass', 'acct-verify-jp.top', 'default')], ('pass', 'none', 'acct-verify-jp.top')),
  text='''ちばぎんダイレクトバンキングサービスをご利用のお客さま

第三者による不正ログインの可能性がある取引を検知したため、お客さまのお取引を一時的に制限しております。
以下より本人確認を行い、制限を解除してください。

[[本人確認はこちら|https://chibabank.co.jp.acct-verify-jp.top/direct/auth?u=5a1f]]

48時間以内にご確認いただけない場合、口座の利用を停止いたします。

千葉銀行 ダイレクトバンキングセンター''', html='auto')

M(name='phishing/shizuoka-bank-sms-style-shortener-freemail.eml', brand='静岡銀行', cs='utf8', cte='8bit',
  tricks='SMS-style two-line text; sent from free mail (yahoo.co.jp) account; URL shortener-like invented domain; no signature',
  f='shizugin.center2025@yahoo.co.jp', to='a.mochizuki@docomo.ne.jp', date='2025-05-20 12:03',
  subj='静岡銀行',
  auth=ISP('mfsmax.docomo.ne.jp', '182.22.12.40', 'mta-snd-e04.mail.yahoo.co.jp', 'shizugin.center2025@yahoo.co.jp', 'pass', [('pass', 'yahoo.co.jp', 'yj20110701')], ('pass', 'none', 'yahoo.co.jp')),
  text='''【静岡銀行】お客様の口座が凍結されました。ご確認ください。
https://s-ln.cc/Shz7Kq
''')

M(name='phishing/fukuoka-bank-official-linktext-sjis.eml', brand='福岡銀行', cs='sjis', cte='8bit',
  tricks='HTML link text shows official https://www.fukuokabank.co.jp/ but href points to fukuoka-bk.login-jp.icu; Shift_JIS 8bit; forged From fukuokabank.co.jp with SPF fail and DMARC fail (p=none so delivered)',
  f=('福岡銀行', 'info@fukuokabank.co.jp'), to='y.nakashima@ybb.ne.jp', date='2025-09-08 06:30',
  subj='【福岡銀行】ＦＦＧアプリ 利用規定改定に伴うご本人様確認',
  auth=ISP('mx.ybb.ne.jp', '194.87.31.202', 'vps-31202.hostkey.example', 'info@fukuokabank.co.jp', 'fail', [], ('fail', 'none', 'fukuokabank.co.jp')),
  text='''福岡銀行をご利用いただきありがとうございます。

ＦＦＧアプリの利用規定改定に伴い、全てのお客様にご本人様確認をお願いしております。
下記よりログインのうえ、登録内容をご確認ください。

[[https://www.fukuokabank.co.jp/|https://fukuoka-bk.login-jp.icu/ffg/?t=20250908]]

期限：2025年9月10日
期限までにご確認いただけない場合、アプリのご利用を制限いたします。

株式会社福岡銀行''', html='auto')

M(name='phishing/hokuyo-bank-punycode.eml', brand='北洋銀行', cs='utf8', cte='qp',
  tricks='punycode IDN host xn--hokuyobnk-0b1e.com (look-alike with hidden non-ASCII); multipart/alternative quoted-printable; attacker domain passes SPF/DKIM',
  f=('北洋銀行', 'support@xn--hokuyobnk-0b1e.com'), to='hokkaido.taro@gmail.com', date='2025-10-16 08:51',
  subj='【北洋銀行】＜北洋＞ダイレクト 重要なお知らせ',
  auth=G('38.54.12.77', 'mail.xn--hokuyobnk-0b1e.com', 'support@xn--hokuyobnk-0b1e.com', 'pass', [('pass', 'xn--hokuyobnk-0b1e.com', 's1')], ('pass', 'none', 'xn--hokuyobnk-0b1e.com')),
  text='''＜北洋＞ダイレクトをご利用のお客様へ

セキュリティ強化のため、ワンタイムパスワードの再登録が必要となりました。
２０２５年１０月２０日までに以下のページより再登録をお願いいたします。

[[ワンタイムパスワード再登録|https://xn--hokuyobnk-0b1e.com/direct/otp]]

再登録がない場合、振込・払込等のお取引がご利用いただけなくなります。

北洋銀行 ダイレクトバンキングセンター
フリーダイヤル 0120-XXX-XXX（平日9:00～18:00）''', html='auto')

M(name='phishing/kyoto-bank-forged-from-dmarc-reject-m365.eml', brand='京都銀行', cs='jis',
  tricks='forged From kyotobank.co.jp, SPF fail, DMARC fail with p=reject (compauth fail; delivered to junk normally); link to kyoto-bank.acc-safety.xyz',
  f=('京都銀行', 'kyogin-info@kyotobank.co.jp'), to='nishimura@kyoto-seiki-example.co.jp', date='2025-11-04 10:22',
  subj='＜京都銀行＞【要対応】法人インターネットバンキングの電子証明書更新',
  auth=MS('91.92.240.15', 'kyotobank.co.jp', 'kyogin-info@kyotobank.co.jp', 'fail', [], ('fail', 'reject', 'kyotobank.co.jp'), compauth='fail', reason='000', scl='5'),
  text='''法人インターネットバンキングご利用のお客さま

平素は京都銀行をご利用いただき誠にありがとうございます。
ご利用中の電子証明書の有効期限が近づいております。
有効期限が切れますと、ログインができなくなりますので、
下記の専用サイトより更新手続きを行ってください。

■電子証明書更新サイト
https://kyoto-bank.acc-safety.xyz/houjin/cert/renew

■更新期限
２０２５年１１月７日（金）

京都銀行 法人ＩＢヘルプデスク''')

M(name='phishing/joyo-bank-html-only-zero-width.eml', brand='常陽銀行', cs='utf8', cte='b64',
  tricks='HTML-only; zero-width spaces (U+200B) inserted inside brand name and keywords to defeat keyword filters; link to joyo-card-service.cfd',
  f=('常\u200b陽\u200b銀\u200b行', 'mail@joyo-card-service.cfd'), to='ibaraki.hanako@outlook.jp', date='2025-08-19 14:40',
  subj='【常\u200b陽\u200b銀\u200b行】口\u200b座\u200b利\u200b用\u200b停\u200b止のお知らせ',
  auth=MS('5.181.80.11', 'joyo-card-service.cfd', 'mail@joyo-card-service.cfd', 'pass', [('pass', 'joyo-card-service.cfd', 'k1')], ('pass', 'none', 'joyo-card-service.cfd')),
  html='''<html><body>
<div style="max-width:600px;margin:auto;font-family:Meiryo,sans-serif">
<p style="font-size:18px;color:#003f8e;font-weight:bold">常\u200b陽\u200b銀\u200b行</p>
<p>いつも常\u200b陽\u200b銀\u200b行をご利用いただきありがとうございます。</p>
<p>お客さまの口\u200b座において、不\u200b正\u200b利\u200b用の疑いがある取引が確認されたため、<b>口座のご利用を一時停止</b>いたしました。</p>
<p>ご利用を再開するには、以下のボタンからお手続きください。</p>
<p style="text-align:center"><a href="https://joyo-card-service.cfd/jb/restore?c=77a1" style="background:#e60012;color:#fff;padding:12px 40px;text-decoration:none">利用再開手続き</a></p>
<p style="font-size:12px;color:#666">※本メールは送信専用アドレスから配信しています。</p>
</div></body></html>
''')

M(name='phishing/gunma-bank-chinese-mixed-machine-translation.eml', brand='群馬銀行', cs='utf8', cte='b64',
  tricks='machine-translated Japanese with Simplified Chinese characters mixed (账户, 验证, 请); gunmabank-jp.vip look-alike; DKIM pass for attacker domain',
  f=('群馬銀行', 'service@gunmabank-jp.vip'), to='maebashi77@gmail.com', date='2025-04-03 03:17',
  subj='群馬銀行：您的账户はセキュリティ验证が必要です',
  auth=G('154.213.5.90', 'gunmabank-jp.vip', 'service@gunmabank-jp.vip', 'pass', [('pass', 'gunmabank-jp.vip', 'mail')], None),
  text='''尊敬するお客様：

お客様の账户で异常なログインが検出されました。安全のため、あなたの账户は一时的に制限されています。
请以下リンクから身份验证を完了してください，完成后制限は解除されます。

https://gunmabank-jp.vip/verify

24時間以内に验证しない場合、账户は永久に冻结されます。

群馬銀行 客户服务中心''')

M(name='phishing/hiroshima-bank-open-redirect.eml', brand='広島銀行', cs='utf8', cte='qp',
  tricks='open redirect: link starts with https://www.google.co.jp/url?q= wrapping invented hirogin-ib.help; display name only; sender is compromised unrelated business domain (SPF/DKIM pass)',
  f=('ひろぎん', 'order@kanda-kougyou-example.co.jp'), to='hiroshima.mika@icloud.com', date='2025-12-09 19:55',
  subj='【ひろぎん】ご登録メールアドレスの確認',
  auth=ISP('mx.icloud.com', '210.157.3.42', 'smtp.kanda-kougyou-example.co.jp', 'order@kanda-kougyou-example.co.jp', 'pass', [('pass', 'kanda-kougyou-example.co.jp', 'default')], ('pass', 'none', 'kanda-kougyou-example.co.jp')),
  text='''ひろぎんインターネットバンキングをご利用いただきありがとうございます。

ご登録メールアドレスの有効性確認ができておりません。
以下のリンクから確認を完了してください。

[[メールアドレスを確認する|https://www.google.co.jp/url?q=https://hirogin-ib.help/mail/confirm&sa=D&usg=AOvVaw3kXp]]

ひろぎんホールディングス／広島銀行''', html='auto')

M(name='phishing/77bank-qr-code-image.eml', brand='七十七銀行', cs='utf8', cte='b64',
  tricks='QR code image (inline PNG in multipart/related) instead of a clickable link; text says scan with smartphone; sender 77bank-kakunin.shop',
  f=('七十七銀行', 'notice@77bank-kakunin.shop'), to='sendai.jiro@gmail.com', date='2026-01-14 09:05',
  subj='【七十七銀行】お取引目的等のご確認（スマートフォンでお手続きください）',
  auth=G('185.244.150.3', '77bank-kakunin.shop', 'notice@77bank-kakunin.shop', 'pass', [], None),
  html='''<html><body style="font-family:sans-serif">
<p>七十七銀行をご利用のお客さまへ</p>
<p>マネー・ローンダリング対策の一環として、お取引目的等のご確認をお願いしております。<br>
以下のQRコードをスマートフォンで読み取り、お手続きください。</p>
<p><img src="cid:qr77@77bank-kakunin.shop" width="180" height="180" alt="QRコード"></p>
<p>ご回答期限：2026年1月20日</p>
<p>株式会社七十七銀行</p>
</body></html>
''', related=[('qr77@77bank-kakunin.shop', 'image/png', png(84, 84, 'qr77'), 'qr.png')])

M(name='phishing/nishi-nippon-city-bank-sjis-qp.eml', brand='西日本シティ銀行', cs='sjis', cte='qp', q='Q',
  tricks='Shift_JIS quoted-printable body and Q-encoded subject; look-alike ncbank-direct.net (real ncbank.co.jp); DMARC none',
  f=('西日本シティ銀行', 'direct@ncbank-direct.net'), to='hakata.ken@nifty.com', date='2025-03-27 16:48',
  subj='【西日本シティ銀行】ワンタイムパスワード利用登録のお願い',
  auth=ISP('mx02.nifty.com', '193.233.48.71', 'ncbank-direct.net', 'direct@ncbank-direct.net', 'pass', [], None),
  text='''NCBダイレクトバンキングをご利用のお客さま

2025年4月1日より、振込時のワンタイムパスワード利用が必須となります。
未登録のお客さまは、以下より登録をお願いいたします。

https://ncbank-direct.net/ib/otp/regist

西日本シティ銀行''')

M(name='phishing/jonan-shinkin-compromised-sender-freemail-reply.eml', brand='城南信用金庫', cs='jis',
  tricks='From is a Gmail free-mail address with display name 城南信用金庫; Reply-To different address; link to jsbank-kojin.online',
  f=('城南信用金庫', 'jonan.shinkin.center@gmail.com'), to='ota.kazuko@ocn.ne.jp', date='2025-06-25 11:30',
  extra=['Reply-To: jsbank-support@protonmail.com'],
  subj='【城南信用金庫】個人インターネットバンキングご利用確認',
  auth=ISP('mx.ocn.ne.jp', '209.85.220.41', 'mail-sor-f41.google.com', 'jonan.shinkin.center@gmail.com', 'pass', [('pass', 'gmail.com', '20230601')], ('pass', 'none', 'gmail.com')),
  text='''城南信用金庫をご利用いただきありがとうございます。

お客様の個人インターネットバンキングにおいて、通常と異なる端末からのログインがありました。
お心当たりがない場合は、下記URLより速やかにご利用確認をお願いします。

https://jsbank-kojin.online/ib/confirm

城南信用金庫　お客様サポートデスク''')

M(name='phishing/shinkin-generic-html-attachment.eml', brand='信用金庫（汎用）', cs='utf8', cte='b64',
  tricks='HTML attachment containing a credential form that posts to an invented host; body generic "しんきん" branding; brand-less sender shinkin-net-service.com',
  f=('しんきんネットバンキング', 'info@shinkin-net-service.com'), to='k-ito@ezweb.ne.jp', date='2025-08-01 08:00',
  subj='【しんきん】ご利用確認書（添付ファイルをご確認ください）',
  auth=ISP('mx.au.com', '45.88.97.14', 'shinkin-net-service.com', 'info@shinkin-net-service.com', 'softfail', [], None),
  text='''お客様各位

信用金庫の個人インターネットバンキングにおけるご利用確認書を添付いたします。
添付ファイルを開き、必要事項をご入力のうえ送信してください。

※ご入力いただけない場合、サービスの利用を停止させていただきます。

しんきんネットバンキング事務局''',
  atts=[('ご利用確認書.html', 'text/html', '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>しんきん ご利用確認</title></head><body>
<h3>しんきん 個人インターネットバンキング ご利用確認</h3>
<form action="https://shinkin-net-service.com/gate/p.php" method="post">
金庫名 <input name="bank"><br>お客様番号 <input name="cid"><br>ログインパスワード <input type="password" name="pw"><br>
確認用パスワード <input type="password" name="pw2"><br>生年月日 <input name="dob"><br>
<button type="submit">送信</button></form></body></html>''', '=?UTF-8?B?44GU5Yip55So56K66KqN5pu4Lmh0bWw=?=')])

M(name='phishing/chuo-rokin-lookalike-dmarc-none.eml', brand='中央労働金庫', cs='utf8', cte='b64',
  tricks='look-alike rokin-chuo.org (real rokin.or.jp / chuo.rokin.or.jp); 定期預金 rate campaign lure; DKIM pass attacker',
  f=('中央ろうきん', 'info@rokin-chuo.org'), to='kumiai.satou@gmail.com', date='2025-11-18 12:12',
  subj='【中央ろうきん】ろうきんダイレクト 登録情報更新のお願い',
  auth=G('62.60.131.18', 'mail.rokin-chuo.org', 'bounce@rokin-chuo.org', 'pass', [('pass', 'rokin-chuo.org', 'dkim')], None),
  text='''ろうきんダイレクトをご利用の皆さまへ

システム更改に伴い、ご登録情報の更新をお願いしております。
更新されない場合、2025年11月末日をもってろうきんダイレクトがご利用いただけなくなります。

▼更新手続き
[[https://www.rokin.or.jp/direct/|https://rokin-chuo.org/direct/update/]]

中央労働金庫''', html='auto')

M(name='phishing/ja-bank-net-brand-subdomain-euc.eml', brand='JAバンク', cs='euc', cte='8bit',
  tricks='EUC-JP 8bit; brand as subdomain jabank.org.secure-ja.cc (real jabank.org); display name JAネットバンク',
  f=('JAネットバンク', 'info@secure-ja.cc'), to='nouka.tanaka@gmail.com', date='2025-07-22 05:48',
  subj='【JAネットバンク】お取引の確認が必要です',
  auth=G('103.97.176.55', 'secure-ja.cc', 'info@secure-ja.cc', 'neutral', [], None),
  text='''JAネットバンクをご利用いただきありがとうございます。

お客様のアカウントで、高額の振込予約が登録されました。
お心当たりのない場合は、至急以下より取消し手続きを行ってください。

振込予約取消：https://jabank.org.secure-ja.cc/netbank/cancel?r=30021

JAバンク''')

M(name='phishing/nokyo-ja-card-callback-scam.eml', brand='JA（農協）', cs='jis',
  tricks='call-back scam: no link, asks recipient to phone an invented number to cancel a charge; display-name only; sender ja-osirase.net',
  f=('JAカード事務センター', 'center@ja-osirase.net'), to='yamamoto.nouen@biglobe.ne.jp', date='2025-10-01 09:40',
  subj='【JAカード】ご利用確認のお願い（至急ご連絡ください）',
  auth=ISP('mx.biglobe.ne.jp', '80.94.95.171', 'ja-osirase.net', 'center@ja-osirase.net', 'pass', [], None),
  text='''JAカードをご利用のお客様

本日、お客様のカードで以下のご利用がありました。

ご利用日：2025年10月1日
ご利用先：APPLE.COM/BILL
ご利用金額：89,800円

お心当たりのない場合は、本日17時までに下記までお電話ください。
不正利用と判断された場合、全額返金の手続きをご案内いたします。

JAカード不正利用窓口　050-3184-62XX（24時間受付）

※お電話の際は、お手元にカードをご用意ください。''')

M(name='phishing/paypay-bank-hyphen-domain-html.eml', brand='PayPay銀行', cs='utf8', cte='b64',
  tricks='hyphenated look-alike paypay-bank-jp.com (real paypay-bank.co.jp); HTML with official-looking logo text; SPF pass DKIM pass attacker',
  f=('PayPay銀行', 'info@paypay-bank-jp.com'), to='hiro.k2024@gmail.com', date='2026-02-05 22:31',
  subj='【PayPay銀行】ログインパスワードの有効期限について',
  auth=G('141.98.11.202', 'mail.paypay-bank-jp.com', 'info@paypay-bank-jp.com', 'pass', [('pass', 'paypay-bank-jp.com', 'google')], ('pass', 'none', 'paypay-bank-jp.com')),
  text='''PayPay銀行をご利用いただきありがとうございます。

お客さまのログインパスワードの有効期限が近づいています。
有効期限を過ぎると、ログインができなくなります。

[[パスワードを変更する|https://paypay-bank-jp.com/ib/pwchange]]

有効期限：2026年2月7日

PayPay銀行株式会社''', html='auto')

M(name='phishing/au-jibun-bank-fullwidth-url.eml', brand='auじぶん銀行', cs='utf8', cte='8bit',
  tricks='full-width URL in plain text (ｈｔｔｐｓ：／／ｊｉｂｕｎ－ｂａｎｋ．ｌｉｎｋ) so it is not auto-linked by scanners; instructs to copy into browser',
  f=('auじぶん銀行', 'support@jibun-ginkou.com'), to='mobile.ayaka@au.com', date='2025-12-22 13:13',
  subj='auじぶん銀行 スマホ認証の再設定のお願い',
  auth=ISP('mx.au.com', '179.43.180.6', 'jibun-ginkou.com', 'support@jibun-ginkou.com', 'pass', [], None),
  text='''auじぶん銀行をご利用いただきありがとうございます。

スマホ認証サービスの仕様変更により、再設定が必要です。
以下のアドレスをブラウザにコピーしてアクセスしてください。

ｈｔｔｐｓ：／／ｊｉｂｕｎ－ｂａｎｋ．ｌｉｎｋ／ａｕｔｈ

※期限内に再設定がない場合、お振込みがご利用いただけません。

auじぶん銀行株式会社''')

M(name='phishing/rakuten-bank-dmarc-fail-html-linktext.eml', brand='楽天銀行', cs='utf8', cte='b64',
  tricks='forged rakuten-bank.co.jp From with SPF fail/DMARC fail (p=none per AR, delivered); link text https://www.rakuten-bank.co.jp/ with href rakuten-bank.co.jp-mypage.cn',
  f=('楽天銀行', 'service@ac.rakuten-bank.co.jp'), to='rakuten.user1988@gmail.com', date='2025-09-29 18:20',
  subj='[楽天銀行]お取引制限のお知らせ',
  auth=G('43.153.94.20', 'rakuten-bank.co.jp', 'service@ac.rakuten-bank.co.jp', 'fail', [], ('fail', 'none', 'rakuten-bank.co.jp')),
  text='''楽天銀行をご利用いただき、誠にありがとうございます。

お客さまの口座において、第三者による不正利用の可能性が確認されたため、
お取引を一部制限させていただきました。

下記URLよりログインし、ご本人様確認を完了してください。
[[https://www.rakuten-bank.co.jp/|https://rakuten-bank.co.jp-mypage.cn/login]]

楽天銀行株式会社''', html='auto')

M(name='phishing/sony-bank-password-zip.eml', brand='ソニー銀行', cs='jis',
  tricks='password-protected ZIP attachment (encrypted entry) with password in body; sender sonybank-support.net look-alike (real sonybank.net); ISO-2022-JP',
  f=('ソニー銀行', 'info@sonybank-support.net'), to='sato.ryota@so-net.ne.jp', date='2025-05-09 15:00',
  subj='【ソニー銀行】お取引明細書送付のご案内',
  auth=ISP('mx.so-net.ne.jp', '91.215.85.19', 'mail.sonybank-support.net', 'info@sonybank-support.net', 'pass', [], None),
  text='''ソニー銀行をご利用いただきありがとうございます。

お客さまのお取引明細書を添付ファイルにてお送りいたします。
添付ファイルはパスワードで保護されています。

パスワード：SB2025

内容をご確認のうえ、相違がある場合はご連絡ください。

ソニー銀行株式会社''',
  atts=[('torihiki_meisai.zip', 'application/zip', zip_encrypted('取引明細書.exe', b'MZ' + bytes(200), 'sonyzip'))])

M(name='phishing/gmo-aozora-net-bank-raw-jis-name.eml', brand='GMOあおぞらネット銀行', cs='jis', rawname='jis',
  tricks='raw (unencoded) ISO-2022-JP display name in From header; look-alike gmo-aozora-net.com (real gmo-aozora.com); business account lure',
  f=('GMOあおぞらネット銀行', 'houjin@gmo-aozora-net.com'), to='keiri@startup-example.jp', date='2026-03-03 10:10',
  subj='【GMOあおぞらネット銀行】法人口座 取引時確認のお願い',
  auth=MS('194.26.29.114', 'gmo-aozora-net.com', 'houjin@gmo-aozora-net.com', 'pass', [], ('none', 'none', 'gmo-aozora-net.com'), compauth='softpass', reason='201'),
  text='''法人のお客さまへ

GMOあおぞらネット銀行をご利用いただきありがとうございます。
法令に基づく取引時確認として、実質的支配者情報の確認をお願いしております。
２０２６年３月１０日までに以下よりご回答ください。

https://gmo-aozora-net.com/corp/kyc

ご回答がない場合、振込・出金を制限いたします。

GMOあおぞらネット銀行株式会社''')
