from engine import png
MAILS = []
def M(**k):
    MAILS.append(k)

M(file='amazon-otp-signin-code-amazonses', brand='Amazon.co.jp', tricks='genuine one-time code mail; urgent-looking "共有しないでください"; env via amazonses.com; DKIM amazon.co.jp + amazonses; DMARC pass',
  **{'from': ('Amazon.co.jp', 'account-update@amazon.co.jp')}, env='0106019a2b3c4d5e-aa11bb22-cc33-4d44-9e55-66ff77889900-000000@ap-northeast-1.amazonses.com', to='k.tanaka1984@gmail.com', auth=('pass', 'pass', 'pass'), p='QUARANTINE', host='a27-33.smtp-out.ap-northeast-1.amazonses.com', helo='a27-33.smtp-out.ap-northeast-1.amazonses.com', ip='23.251.234.33',
  subj='Amazon.co.jp: サインインを完了するには', color='#ff9900',
  body='''サインインを完了するには、次のワンタイムパスワード（OTP）を入力してください。

482913

このコードは10分間有効です。このコードは誰とも共有しないでください。Amazonがお客様のパスワードやOTPを電話やメールでお尋ねすることはありません。

このサインインに心当たりがない場合は、すぐにパスワードを変更してください。
[[https://www.amazon.co.jp/ap/forgotpassword|https://www.amazon.co.jp/ap/forgotpassword]]

Amazon.co.jp''')

M(file='rakuten-card-payment-not-confirmed-reminder', brand='楽天カード', tricks='genuine "お支払いが確認できません" reminder with deadline and suspension warning; link to real www.rakuten-card.co.jp; DMARC pass',
  **{'from': ('楽天カード株式会社', 'info@mail.rakuten-card.co.jp')}, to='yuki.s-0412@docomo.ne.jp', mbox='docomo', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64',
  subj='【楽天カード】お支払いが確認できておりません（ご入金のお願い）',
  body='''楽天カードをご利用いただきありがとうございます。

ご登録の金融機関口座から、10月27日のお引き落としができませんでした。
お支払いが確認できない状態が続きますと、カードのご利用を一時停止させていただく場合がございます。

ご入金方法は楽天e-NAVIでご確認いただけます。
https://www.rakuten-card.co.jp/e-navi/

※本メールに心当たりがない場合でも、メール内のリンクからカード番号・暗証番号を入力いただくことはございません。

楽天カード株式会社
https://www.rakuten-card.co.jp/''')

M(file='smbc-phishing-warning-quoting-fake-url', brand='三井住友銀行', tricks='genuine bank warning that quotes an (invented) fake URL in plain text as an example; many "ご注意" phrases; no login link',
  **{'from': ('三井住友銀行', 'info@smbc.co.jp')}, to='m.kobayashi@biglobe.ne.jp', mbox='biglobe', auth=('pass', 'pass', 'pass'), cs='jis', cte='7bit', hcs='jis', kind='plain',
  subj='【三井住友銀行】当行を装った不審なメール・SMSにご注意ください',
  body='''三井住友銀行をご利用いただき、ありがとうございます。

現在、当行を装った不審なメールやSMSが多数確認されております。
以下は実際に確認された不審なメールの例です。

　件名：【三井住友銀行】お取引目的の確認
　誘導先URL：https://smbc-kakunin.jp-secure-login.com/（※不正なサイトです。アクセスしないでください）

当行がメールやSMSでワンタイムパスワードや暗証番号の入力をお願いすることはございません。
不審なメールを受信された場合は、リンクを開かずに削除してください。

詳しくは当行ホームページの「金融犯罪にご注意ください」をご覧ください。
https://www.smbc.co.jp/security/

株式会社三井住友銀行''')

M(file='mercari-account-restricted-genuine-notice', brand='メルカリ', tricks='genuine "ご利用を制限" notice from mercari.jp; urgency; link to mercari.jp help center; DMARC pass',
  **{'from': ('メルカリ', 'no-reply@mercari.jp')}, to='nao.fujii@yahoo.co.jp', mbox='yahoo', auth=('pass', 'pass', 'pass'), color='#ff0211',
  subj='【メルカリ】アカウントの一部機能を制限しました',
  body='''いつもメルカリをご利用いただきありがとうございます。

お客さまのアカウントで、通常と異なるログインが確認されたため、安全のためアカウントの一部機能を一時的に制限しました。

アプリを開き、画面の案内に従って本人確認を行ってください。
ご不明な点はメルカリガイドをご確認ください。
[[メルカリガイド|https://help.jp.mercari.com/]]

※このメールは送信専用アドレスから配信しています。

株式会社メルカリ''')

M(file='yamato-delivery-schedule-notice-kuronekomembers', brand='ヤマト運輸', tricks='genuine delivery notice; tracking link to real toi.kuronekoyamato.co.jp; ISO-2022-JP text/plain',
  **{'from': ('ヤマト運輸', 'mail@kuronekoyamato.co.jp')}, to='ayaka.m@gmail.com', auth=('pass', 'pass', 'pass'), cs='jis', cte='7bit', hcs='jis', kind='plain',
  subj='お荷物お届けのお知らせ',
  body='''ヤマト運輸です。
クロネコメンバーズにご登録のお客様へお荷物お届けのお知らせです。

■お届け予定日時：11月14日 14時～16時
■伝票番号：4521-8830-1935
■ご依頼主：株式会社ニトリ 様

お届け日時の変更は下記URLから
https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=452188301935

ヤマト運輸株式会社''')

M(file='docomo-to-own-subscriber-billing-notice-docomo-mailbox', brand='NTTドコモ', tricks='carrier writing to its own subscriber carrier mailbox (docomo.ne.jp to docomo.ne.jp); payment reminder; no auth header on carrier-internal delivery',
  **{'from': ('ドコモからのお知らせ', 'info@mail.docomo.ne.jp')}, to='t.hirano@docomo.ne.jp', mbox='docomo', auth=('pass', 'none', 'none'), kind='plain', cte='8bit', cs='sjis', hcs='sjis',
  subj='【ドコモ】ご利用料金のお支払いについて',
  body='''いつもドコモをご利用いただきありがとうございます。

10月ご請求分のご利用料金について、お支払いの確認ができておりません。
お支払い期限を過ぎますと、ご利用を一時停止させていただく場合がございます。

お支払い方法・状況はMy docomoからご確認いただけます。
https://www.docomo.ne.jp/mydocomo/

※このメールは送信専用です。ご返信いただいてもお答えできません。

株式会社NTTドコモ''')

M(file='nta-etax-message-box-notice-go-jp', brand='国税庁 e-Tax', tricks='genuine government notice from go.jp; tells user to log in via the official site without putting the link as the call to action; ISO-2022-JP',
  **{'from': ('e-Tax', 'info@e-tax.nta.go.jp')}, to='a.matsumoto@gmail.com', auth=('pass', 'pass', 'pass'), p='REJECT', cs='jis', cte='7bit', hcs='jis', kind='plain',
  subj='【e-Tax】メッセージボックスに新しいお知らせが格納されました',
  body='''e-Taxをご利用いただきありがとうございます。

メッセージボックスに新しいお知らせが格納されました。
e-Taxソフト（WEB版）またはスマートフォンからログインしてご確認ください。

※本メールは、e-Taxに登録されたメールアドレスに送信しています。
※国税庁（国税局・税務署）からのメールで、還付金の受取手続のためにリンク先でカード情報等の入力を求めることはありません。

国税庁
https://www.e-tax.nta.go.jp/''')

M(file='yokohama-city-disaster-prevention-mail-lg-jp', brand='横浜市', tricks='municipal notice from lg.jp; urgent wording ("至急") weather warning; no auth (saved from client)',
  **{'from': ('横浜市防災情報', 'bousai-mail@city.yokohama.lg.jp')}, to='s.ikeda@icloud.com', mbox='none', kind='plain', cte='base64',
  subj='【横浜市】大雨警報（土砂災害）発表',
  body='''【横浜市防災情報】
9月5日 16時20分 横浜市に大雨警報（土砂災害）が発表されました。
土砂災害の危険性が高まっています。崖の近くにお住まいの方は、至急、安全な場所へ避難してください。

避難情報・避難場所は横浜市ホームページでご確認ください。
https://www.city.yokohama.lg.jp/bousai-kyukyu-bohan/bousai-saigai/

このメールは送信専用です。''')

M(file='microsoft-account-security-code-accountprotection', brand='Microsoft', tricks='genuine security code mail from accountprotection.microsoft.com; Japanese; DMARC pass',
  **{'from': ('Microsoft アカウント チーム', 'account-security-noreply@accountprotection.microsoft.com')}, to='s.watanabe@outlook.jp', mbox='m365', auth=('pass', 'pass', 'pass'),
  subj='Microsoft アカウントのセキュリティ コード',
  body='''Microsoft アカウント

セキュリティ コード

Microsoft アカウント s*****@outlook.jp には、次のセキュリティ コードを使用してください。

セキュリティ コード: 731904

このコードを要求していない場合は、このメールを無視してください。

よろしくお願いします。
Microsoft アカウント チーム''')

M(file='google-security-alert-new-signin-ja', brand='Google', tricks='genuine "重要なセキュリティ通知" with "アクティビティを確認" button to accounts.google.com; DMARC pass',
  **{'from': ('Google', 'no-reply@accounts.google.com')}, to='kenta.h@gmail.com', auth=('pass', 'pass', 'pass'), ip='209.85.220.73', host='mail-sor-f73.google.com', helo='mail-sor-f73.google.com',
  subj='セキュリティ通知',
  body='''Windows デバイスでの新しいログイン

kenta.h@gmail.com

Google アカウントへの新しいログインが検出されました。心当たりがある場合は、何もする必要はありません。心当たりがない場合は、Google がアカウントの保護をお手伝いします。

[[アクティビティを確認|https://accounts.google.com/AccountChooser?Email=kenta.h@gmail.com&continue=https://myaccount.google.com/alert/nt/1730001234000]]

このメールは、Google アカウントとサービスに関する重要な変更をお知らせするために送信されました。
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA''')

M(file='netflix-payment-hold-genuine', brand='Netflix', tricks='genuine payment-failed notice from account.netflix.com; "メンバーシップは保留"; button to netflix.com',
  **{'from': ('Netflix', 'info@account.netflix.com')}, to='r.endo@nifty.com', mbox='nifty', auth=('pass', 'pass', 'pass'), color='#e50914',
  subj='お支払い方法を更新してください',
  body='''お支払いに問題が発生しました

メンバーシップの次回のお支払いを処理できませんでした。お支払い情報を更新して、Netflixを引き続きお楽しみください。

[[お支払い情報を更新|https://www.netflix.com/YourAccountPayment]]

ご不明な点は、ヘルプセンターにアクセスしてください。
https://help.netflix.com/

-Netflixチーム''')

M(file='small-business-salon-reservation-gmail', brand='美容室 (個人店・Gmail)', tricks='small business on Gmail; casual wording; booking reminder; asks to reply; phone number; no brand domain',
  **{'from': ('hair salon Lien', 'lien.hair.kichijoji@gmail.com')}, to='miki.oda@docomo.ne.jp', mbox='docomo', auth=('pass', 'pass', 'pass'), dkim_d='gmail.com', kind='plain', cte='base64', ip='209.85.210.171', host='mail-pf1-f171.google.com', helo='mail-pf1-f171.google.com',
  subj='【ご予約確認】11/22(土) 14:00〜 カット＋カラー',
  body='''織田様

いつもご来店ありがとうございます。hair salon Lien の森です。

ご予約の確認です。
日時：11月22日(土) 14:00〜
メニュー：カット＋カラー
担当：森

ご変更・キャンセルの際は、前日までにこのメールへの返信かお電話（0422-20-XXXX）でご連絡ください。

当日お会いできるのを楽しみにしております。

hair salon Lien
東京都武蔵野市吉祥寺本町2丁目
Instagram: https://www.instagram.com/lien_hair_kichijoji/''')

M(file='rakuten-ichiba-campaign-sendgrid-style-short-link-r10', brand='楽天市場', tricks='marketing mail with Rakuten brand short links (r10.to) and a tracking pixel; "本日23:59まで" urgency; DMARC pass',
  **{'from': ('楽天市場', 'info@mail.rakuten.co.jp')}, to='j.ogawa@gmail.com', auth=('pass', 'pass', 'pass'), kind='html', color='#bf0000',
  subj='【本日23:59まで】ポイント最大10倍！お買い物マラソン ラストスパート',
  body='''お買い物マラソンは本日23:59まで！

エントリーがまだの方はお早めに。
[[エントリーはこちら|https://r10.to/hYk3Zq]]

[[今日のおすすめ商品を見る|https://r10.to/hUa8Pm]]

配信停止をご希望の方は、[[メルマガ配信停止|https://emagazine.rakuten.co.jp/ns?act=chg_news]]から手続きしてください。

楽天グループ株式会社''', hx='<img src="https://rd.rakuten.co.jp/s/?R2=https%3A%2F%2Fimage.rakuten.co.jp%2Fopen.gif" width="1" height="1" alt="">')

M(file='jr-east-eki-net-password-reset-requested', brand='えきねっと (JR東日本)', tricks='genuine password-reset mail with expiring link; eki-net.com; ISO-2022-JP multipart',
  **{'from': ('えきねっと', 'info@eki-net.com')}, to='y.hasegawa@icloud.com', mbox='icloud', auth=('pass', 'pass', 'pass'), cs='jis', cte='7bit', hcs='jis', color='#008803',
  subj='【えきねっと】パスワード再設定のご案内',
  body='''えきねっとをご利用いただきありがとうございます。

パスワード再設定のお申し込みを受け付けました。
以下のURLから30分以内にパスワードの再設定を行ってください。

[[https://www.eki-net.com/Personal/member/wb/PasswordReset/Input?token=8f3a2c91d7e4|https://www.eki-net.com/Personal/member/wb/PasswordReset/Input?token=8f3a2c91d7e4]]

本メールにお心当たりのない場合は、破棄してください。

東日本旅客鉄道株式会社''')

M(file='japanpost-redelivery-genuine-post-japanpost', brand='日本郵便', tricks='genuine e-notification of absence (ご不在連絡) from japanpost; link to trackings.post.japanpost.jp; text/plain UTF-8 QP',
  **{'from': ('日本郵便', 'noreply@post.japanpost.jp')}, to='s.goto@biglobe.ne.jp', mbox='biglobe', auth=('pass', 'pass', 'pass'), kind='plain', cte='quoted-printable',
  subj='【日本郵便】ご不在連絡（e-お知らせ）',
  body='''日本郵便をご利用いただきありがとうございます。

本日、郵便物等をお届けにあがりましたが、ご不在のため持ち帰りました。

お問い合わせ番号：1234-5678-9012
保管期限：11月20日

再配達のお申し込みは下記からお願いいたします。
https://trackings.post.japanpost.jp/delivery/deli/

※本メールは送信専用です。

日本郵便株式会社''')

M(file='mufg-direct-login-notice-genuine', brand='三菱UFJ銀行', tricks='genuine login notification; "心当たりがない場合" wording; no login link; bk.mufg.jp; Shift_JIS base64',
  **{'from': ('三菱UFJ銀行', 'info@bk.mufg.jp')}, to='s.watanabe@outlook.jp', mbox='m365', auth=('pass', 'pass', 'pass'), cs='sjis', cte='base64', hcs='sjis', kind='plain',
  subj='【三菱UFJ銀行】三菱UFJダイレクトへのログインのお知らせ',
  body='''三菱UFJダイレクトへのログインがありました。

ログイン日時：2025年10月3日 21時14分

お心当たりのない場合は、至急、三菱UFJダイレクトヘルプデスクへご連絡ください。
三菱UFJダイレクトヘルプデスク　0120-543-555（平日9:00〜21:00）

当行がメールで暗証番号・ワンタイムパスワードをお尋ねすることはありません。

株式会社三菱UFJ銀行''')

M(file='apple-receipt-genuine-email-apple', brand='Apple', tricks='genuine receipt with large amount (looks like "unknown charge" lure) from email.apple.com; reportaproblem link',
  **{'from': ('Apple', 'no_reply@email.apple.com')}, to='y.hasegawa@icloud.com', mbox='icloud', auth=('pass', 'pass', 'pass'), kind='html',
  subj='Appleからの領収書です。',
  body='''領収書

Apple ID：y.hasegawa@icloud.com
請求日：2025年9月12日
ご注文番号：MQ4XK9T2PL

iCloud+ 2 TB（月額）　1,500円

合計　1,500円

[[問題を報告する|https://reportaproblem.apple.com/]]

[[Apple ID のアカウント情報|https://account.apple.com/]]''')

M(file='line-pay-to-paypay-migration-notice-line-me', brand='LINE', tricks='genuine service notice; urgency about a deadline; links to guide.line.me; UTF-8 8bit',
  **{'from': ('LINE', 'no-reply@line.me')}, to='daiki.k@i.softbank.jp', mbox='softbank', auth=('pass', 'pass', 'pass'), kind='plain', cte='8bit', ip='147.92.146.10',
  subj='【LINE】パスワード変更のお知らせ',
  body='''LINEアカウントのパスワードが変更されました。

変更日時：2025/07/22 22:41

ご自身で変更していない場合は、第三者による不正ログインの可能性があります。
LINEアプリを開き、[ホーム]>[設定]>[アカウント]からパスワードを再設定してください。

LINEヘルプセンター
https://help.line.me/line/

LINEヤフー株式会社''')

M(file='tokyo-gas-mytokyogas-usage-notice', brand='東京ガス', tricks='utility genuine monthly notice from tokyo-gas.co.jp via ESP click tracker (mail.tokyo-gas.co.jp style); UNSURE sender subdomain',
  **{'from': ('東京ガス myTOKYOGAS', 'info@mail.tokyo-gas.co.jp')}, to='n.sato@ocn.ne.jp', mbox='ocn', auth=('pass', 'pass', 'pass'), cte='quoted-printable',
  subj='【myTOKYOGAS】ガス・電気料金のお知らせ（11月分）',
  body='''東京ガスをご利用いただき、ありがとうございます。

11月分のご使用量・料金が確定しました。
ガス：3,812円　電気：7,410円

詳しくはmyTOKYOGASでご確認ください。
[[myTOKYOGASにログイン|https://members.tokyo-gas.co.jp/]]

東京ガス株式会社''')

M(file='sbi-securities-trade-execution-notice', brand='SBI証券', tricks='genuine transactional mail (約定通知) from sbisec.co.jp; plain text; DMARC pass',
  **{'from': ('SBI証券', 'info@sbisec.co.jp')}, to='k.nakamura@gmail.com', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64',
  subj='【SBI証券】国内株式 約定通知',
  body='''いつもSBI証券をご利用いただき、誠にありがとうございます。

下記のご注文が約定いたしました。

銘柄：トヨタ自動車（7203）
取引：現物買
約定数量：100株
約定単価：2,841.5円

ご注文の詳細は、ログイン後の「注文照会」にてご確認ください。
https://www.sbisec.co.jp/

株式会社SBI証券''')

M(file='au-to-own-subscriber-data-usage-au-com', brand='au (KDDI)', tricks='carrier writing to own subscriber mailbox (au.com); data cap warning; saved from client (no Authentication-Results); UNSURE sender local part',
  **{'from': ('au', 'info@au.com')}, to='m.ueda@au.com', mbox='none', kind='plain', cte='base64',
  subj='【au】データ容量のお知らせ',
  body='''いつもauをご利用いただきありがとうございます。

ご利用のデータ容量が、ご契約の上限に近づいています。
上限を超えると通信速度が制限されます。

データ容量の確認・追加はMy auから
https://www.au.com/my-au/

KDDI株式会社''')

M(file='slack-confirmation-code-japanese', brand='Slack', tricks='genuine confirmation-code mail in Japanese from slack.com',
  **{'from': ('Slack', 'no-reply@slack.com')}, to='h.morita@example-shoji.co.jp', mbox='m365', auth=('pass', 'pass', 'pass'),
  subj='Slack の確認コード：QWK-482',
  body='''確認コード

以下の確認コードをブラウザウィンドウで入力してください。ウィンドウを開いたままにしておきましょう。

QWK-482

このメールをリクエストしていない場合は、他の誰かが誤ってメールアドレスを入力した可能性があります。このメールは無視していただいて問題ありません。''')

M(file='setagaya-city-resident-tax-notice-lg-jp', brand='世田谷区', tricks='municipal tax reminder with deadline from lg.jp; EUC-JP text/plain; mentions penalties (延滞金) which reads like extortion',
  **{'from': ('世田谷区 課税課', 'kazei@city.setagaya.lg.jp')}, to='h.kimura@biglobe.ne.jp', mbox='biglobe', auth=('pass', 'none', 'none'), cs='euc', cte='8bit', hcs='euc', kind='plain',
  subj='【世田谷区】特別区民税・都民税（第3期）納期限のお知らせ',
  body='''世田谷区からのお知らせです。

特別区民税・都民税（普通徴収）第3期分の納期限は10月31日です。
納期限を過ぎますと延滞金が加算される場合があります。

納付方法は区ホームページをご確認ください。
https://www.city.setagaya.lg.jp/

※このメールは、メール配信サービスに登録された方へお送りしています。

世田谷区 財務部 課税課''')

M(file='jcb-myjcb-usage-notification-genuine', brand='JCB', tricks='genuine card usage notice (カードご利用のお知らせ) from qa.jcb.co.jp; amounts; urges to call if unknown',
  **{'from': ('JCB', 'mail@qa.jcb.co.jp')}, to='r.endo@nifty.com', mbox='nifty', auth=('pass', 'pass', 'pass'), cs='jis', cte='7bit', hcs='jis', kind='plain',
  subj='JCBカード／ショッピングご利用のお知らせ【JCB】',
  body='''JCBカードをご利用いただき、ありがとうございます。

お客様のJCBカードのご利用がありましたのでお知らせいたします。

ご利用日時：2025/06/08 19:42
ご利用先：ｾﾌﾞﾝｲﾚﾌﾞﾝ'''.replace('ｾﾌﾞﾝｲﾚﾌﾞﾝ', 'セブン－イレブン') + '''
ご利用金額：1,284円

お心当たりのない場合は、カード裏面に記載の電話番号までご連絡ください。

MyJCB
https://my.jcb.co.jp/

株式会社ジェーシービー''')

M(file='paypay-card-payment-reminder-esp-tracker', brand='PayPayカード', tricks='genuine payment reminder with link through ESP click tracker (ct.sendgrid.net) to paypay-card.co.jp; UNSURE on exact sender subdomain',
  **{'from': ('PayPayカード', 'info@mail.paypay-card.co.jp')}, to='e.yamada@softbank.ne.jp', mbox='softbank', auth=('pass', 'pass', 'pass'), env='bounces+1234567-ab12-e.yamada=softbank.ne.jp@em1234.mail.paypay-card.co.jp', dkim_d='paypay-card.co.jp', host='o1.ptr1234.mail.paypay-card.co.jp', helo='o1.ptr1234.mail.paypay-card.co.jp', ip='149.72.123.45',
  subj='【PayPayカード】お支払いが確認できておりません',
  body='''PayPayカードをご利用いただきありがとうございます。

今月のご請求分について、お支払いの確認ができておりません。
お支払いがない場合、カードのご利用を停止させていただく場合がございます。

[[お支払い方法を確認する|https://u1234567.ct.sendgrid.net/ls/click?upn=u001.aB3dEf-2BgHiJkLmNoPq-2FrStUvWxYz12-3D-3DxYz9_k3Lm]]

PayPayカード株式会社''')

M(file='biglobe-isp-maintenance-to-own-member', brand='BIGLOBE', tricks='ISP writing to own member; maintenance notice with times; ISO-2022-JP; CP932 ① numbering',
  **{'from': ('BIGLOBE', 'info@ml.biglobe.ne.jp')}, to='m.kobayashi@biglobe.ne.jp', mbox='biglobe', auth=('pass', 'pass', 'pass'), cs='jis', cte='7bit', hcs='jis', kind='plain',
  subj='【BIGLOBE】メールサービス メンテナンスのお知らせ',
  body='''BIGLOBEをご利用いただきありがとうございます。

下記日程でメールサービスのメンテナンスを実施いたします。

① 日時：2025年12月3日（水）2:00〜6:00
② 影響：Webメールがご利用いただけません
③ お客さまの作業：不要です

ご不便をおかけしますが、ご理解のほどお願い申し上げます。

ビッグローブ株式会社''')

M(file='amazon-order-cancelled-payment-issue-genuine', brand='Amazon.co.jp', tricks='genuine "お支払い方法の問題" mail about an order, link to amazon.co.jp/cpe/yourpayments; 2026 date',
  **{'from': ('Amazon.co.jp', 'payments-messages@amazon.co.jp')}, to='nao.fujii@yahoo.co.jp', mbox='yahoo', auth=('pass', 'pass', 'pass'), year=2026, color='#ff9900',
  subj='Amazon.co.jp: ご注文の支払い方法を確認してください',
  body='''藤井 様

ご注文番号 250-4918273-5531018 のお支払いを完了できませんでした。
ご注文を進めるには、2026年1月18日までにお支払い方法を更新してください。

[[お支払い方法を更新する|https://www.amazon.co.jp/cpe/yourpayments/wallet]]

期限までに更新いただけない場合、ご注文はキャンセルされます。

Amazon.co.jp''')

M(file='sony-bank-otp-transfer-code', brand='ソニー銀行', tricks='genuine transfer OTP mail; "このコードを他人に教えないで"; UNSURE sender address',
  **{'from': ('ソニー銀行', 'info@moneykit.net')}, to='t.aoki@nifty.com', mbox='nifty', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64',
  subj='【ソニー銀行】認証コードのお知らせ',
  body='''ソニー銀行をご利用いただき、ありがとうございます。

お振込の認証コードをお知らせします。

認証コード：590318

有効期限は発行から5分間です。
このコードを第三者に教えないでください。当社がお電話やメールで認証コードをお尋ねすることはありません。

ソニー銀行株式会社''')

M(file='hometown-tax-small-municipality-lg-jp-outsourced', brand='ふるさと納税 (自治体)', tricks='municipality mail sent via outsourced portal (furunavi-style); lg.jp in signature, sender on portal domain; UNSURE sender domain',
  **{'from': ('ふるなび', 'info@furunavi.jp')}, to='k.mori@yahoo.co.jp', mbox='yahoo', auth=('pass', 'pass', 'pass'), cte='quoted-printable',
  subj='【ふるなび】寄附金受領証明書の発送について',
  body='''ふるなびをご利用いただきありがとうございます。

北海道○○町への寄附について、寄附金受領証明書を発送いたしました。
確定申告またはワンストップ特例申請にご利用ください。

ワンストップ特例申請書の提出期限は1月10日（必着）です。

マイページ
[[https://furunavi.jp/mypage/|https://furunavi.jp/mypage/]]

ふるなび事務局（株式会社アイモバイル）''')

M(file='vpass-smbc-card-usage-statement', brand='三井住友カード', tricks='genuine card usage notice from vpass.ne.jp; "ご利用確認" wording identical to phishing; link to www.smbc-card.com',
  **{'from': ('三井住友カード', 'statement@vpass.ne.jp')}, to='a.matsumoto@gmail.com', auth=('pass', 'pass', 'pass'), cs='jis', cte='7bit', hcs='jis', kind='plain',
  subj='ご利用のお知らせ【三井住友カード】',
  body='''三井住友カードをご利用いただきありがとうございます。

お客様のカードご利用内容をお知らせします。

◇利用日：2025/08/03 12:10
◇利用取引：買物
◇利用金額：4,980円

ご利用内容の詳細はVpassでご確認いただけます。
https://www.smbc-card.com/mem/index.jsp

お心当たりのない場合は、カード裏面の電話番号へご連絡ください。

三井住友カード株式会社''')

M(file='police-keishicho-phishing-alert-lg-jp', brand='警視庁', tricks='genuine police alert about phishing, quoting example fake SMS text and invented fake domain; tokyo.lg.jp; saved from client without Authentication-Results',
  **{'from': ('メールけいしちょう', 'mail-keishicho@keishicho.metro.tokyo.lg.jp')}, to='s.ikeda@icloud.com', mbox='none', kind='plain', cte='base64',
  subj='【警視庁】宅配業者を装った偽SMSに注意',
  body='''警視庁からのお知らせです。

宅配業者を装い「お荷物のお届けにあがりましたが不在の為持ち帰りました」などのSMSを送り、偽サイト（例：http://kuroneko-fuzai.example-check.com）へ誘導する手口が多発しています。

・SMSやメールのリンクから個人情報を入力しない
・公式アプリやブックマークから確認する

不審な場合は、最寄りの警察署または #9110 へご相談ください。

警視庁 サイバー犯罪対策課
https://www.keishicho.metro.tokyo.lg.jp/''')

M(file='zozotown-order-confirmation-genuine', brand='ZOZOTOWN', tricks='genuine order confirmation from zozo.jp; HTML with tracked links',
  **{'from': ('ZOZOTOWN', 'info@zozo.jp')}, to='k.yoshida@so-net.ne.jp', mbox='so-net', auth=('pass', 'pass', 'pass'),
  subj='【ZOZOTOWN】ご注文ありがとうございます',
  body='''吉田 様

ZOZOTOWNをご利用いただきありがとうございます。
以下の内容でご注文を承りました。

ご注文番号：2025101218342210
商品：リネンブレンドシャツ / ネイビー / L
お支払い方法：ZOZOTOWNツケ払い
合計金額：6,490円

ご注文履歴はこちら
[[https://zozo.jp/_member/orderhistory/|https://zozo.jp/_member/orderhistory/?c=mail_order]]

株式会社ZOZO''')

M(file='dhl-duty-payment-genuine-mydhl', brand='DHL Japan', tricks='genuine DHL mail asking to pay import duties online (looks like classic phish); dhl.com; DMARC pass',
  **{'from': ('DHL Express', 'noreply@dhl.com')}, to='info@sakura-zakka.jp', mbox='sakura', auth=('pass', 'pass', 'pass'),
  subj='DHL Express - 輸入関税・消費税のお支払いのお願い（運送状番号 1234567890）',
  body='''お客様

運送状番号 1234567890 のお荷物について、輸入関税・消費税のお支払いが必要です。
お支払いが確認され次第、お荷物をお届けいたします。

お支払い金額：3,200円

[[オンラインで支払う|https://www.dhl.com/jp-ja/home/tracking.html?tracking-id=1234567890]]

DHLジャパン株式会社''')

M(file='softbank-to-own-subscriber-contract-renewal', brand='ソフトバンク', tricks='carrier writing to own subscriber mailbox; contract/payment notice; Shift_JIS; UNSURE on sender local part',
  **{'from': ('ソフトバンク', 'info@softbank.jp')}, to='daiki.k@i.softbank.jp', mbox='softbank', auth=('pass', 'pass', 'pass'), cs='sjis', cte='8bit', hcs='sjis', kind='plain',
  subj='【ソフトバンク】ご請求金額確定のお知らせ',
  body='''ソフトバンクをご利用いただきありがとうございます。

10月分のご請求金額が確定しました。
ご請求金額：7,128円（税込）

詳細はMy SoftBankでご確認ください。
https://my.softbank.jp/

ソフトバンク株式会社''')

M(file='bitflyer-login-notification-genuine', brand='bitFlyer', tricks='genuine crypto login notice from bitflyer.com; "心当たりがない場合" wording',
  **{'from': ('bitFlyer', 'info@bitflyer.com')}, to='kenta.h@gmail.com', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64',
  subj='【bitFlyer】ログインのお知らせ',
  body='''bitFlyer をご利用いただきありがとうございます。

お客様のアカウントにログインがありました。

日時：2025/07/14 08:12:44
IP アドレス：126.xx.xx.xx

ご自身によるログインでない場合は、ただちにパスワードを変更し、サポートまでご連絡ください。
https://bitflyer.com/ja-jp/

株式会社bitFlyer''')

M(file='coincheck-2fa-code-genuine', brand='Coincheck', tricks='genuine one-time code mail from coincheck.com',
  **{'from': ('Coincheck', 'no-reply@coincheck.com')}, to='j.ogawa@gmail.com', auth=('pass', 'pass', 'pass'), kind='plain', cte='8bit',
  subj='【Coincheck】認証コード',
  body='''認証コード：314159

このコードの有効期限は10分間です。
このコードを第三者に伝えないでください。

コインチェック株式会社''')

M(file='sony-sonpo-renewal-deadline-genuine', brand='ソニー損保', tricks='genuine insurance renewal with hard deadline ("満期日までに"); link to sonysonpo.co.jp via tracker',
  **{'from': ('ソニー損保', 'info@sonysonpo.co.jp')}, to='h.kimura@biglobe.ne.jp', mbox='biglobe', auth=('pass', 'pass', 'pass'), cte='quoted-printable',
  subj='【ソニー損保】自動車保険 満期のご案内（お手続き期限が近づいています）',
  body='''ご契約者様

ご契約中の自動車保険の満期日が近づいております。
満期日までに継続手続きがない場合、補償が途切れてしまいます。

[[継続手続きはこちら|https://www.sonysonpo.co.jp/share/mypage/?utm_source=mail&utm_medium=email]]

ソニー損害保険株式会社''')

M(file='business-thread-reply-genuine-partner', brand='取引先 (一般企業)', tricks='genuine Re: business reply with invoice PDF mention, no link; M365 tenants both sides; quoted thread',
  **{'from': ('佐々木 健一', 'k.sasaki@tokyo-seimitsu.co.jp')}, to='h.morita@example-shoji.co.jp', mbox='m365', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64', nl='crlf',
  xh=[('In-Reply-To', '<TYWP286MB21978E2D4C1A@TYWP286MB2197.JPNP286.PROD.OUTLOOK.COM>')],
  subj='Re: 9月分ご請求書の件',
  body='''森田様

いつもお世話になっております。東京精密の佐々木です。

9月分のご請求書を本日郵送いたしました。
PDFは先ほど経理部よりお送りしておりますので、あわせてご確認ください。

引き続きよろしくお願いいたします。

佐々木

-----Original Message-----
From: 森田 裕之 <h.morita@example-shoji.co.jp>
Subject: 9月分ご請求書の件

佐々木様
9月分のご請求書はいつ頃いただけますでしょうか。''')

M(file='kyoto-ryokan-gmail-booking-confirmation', brand='旅館 (個人経営・Gmail)', tricks='small business on Gmail; bank-transfer deposit request with account number (looks like BEC); polite',
  **{'from': ('旅館 みやび', 'ryokan.miyabi.kyoto@gmail.com')}, to='y.hasegawa@icloud.com', mbox='icloud', auth=('pass', 'pass', 'pass'), dkim_d='gmail.com', kind='plain', cte='base64',
  subj='ご宿泊のご予約ありがとうございます（12月6日・2名様）',
  body='''長谷川様

このたびは旅館みやびをご予約いただき、誠にありがとうございます。

ご宿泊日：12月6日（土）1泊
人数：大人2名
ご夕食：京会席

恐れ入りますが、ご予約確定のため、11月28日までに内金（1万円）を下記口座へお振込みください。
京都中央信用金庫 祇園支店 普通 1234567 リョカンミヤビ

お気をつけてお越しくださいませ。

旅館 みやび
京都市東山区
075-5XX-XXXX''')

M(file='mynaportal-notice-digital-go-jp-saved-no-auth', brand='デジタル庁 (マイナポータル)', tricks='government notice with urgency (電子証明書の有効期限); digital.go.jp-related sender; saved from client (no Received/Auth); UNSURE on exact sender',
  **{'from': ('マイナポータル', 'noreply@myna.go.jp')}, to='h.kimura@biglobe.ne.jp', mbox='none', client='tb', kind='plain', cs='jis', cte='7bit', hcs='jis',
  subj='【マイナポータル】お知らせが届きました',
  body='''マイナポータルにお知らせが届きました。

マイナポータルにログインしてご確認ください。
https://myna.go.jp/

※このメールはシステムより自動送信しています。
※マイナポータルから、メールでパスワード等の入力を求めることはありません。

デジタル庁''')

M(file='ana-mileage-expiry-genuine', brand='ANA', tricks='genuine mileage-expiry mail with deadline; UNSURE sender subdomain; link to ana.co.jp via tracking params',
  **{'from': ('ANA', 'info@121.ana.co.jp')}, to='k.mori@yahoo.co.jp', mbox='yahoo', auth=('pass', 'pass', 'pass'), color='#13448f',
  subj='【ANAマイレージクラブ】有効期限が近いマイルのお知らせ',
  body='''ANAマイレージクラブ会員の皆様

今月末に有効期限を迎えるマイルがあります。
失効前に特典航空券やANA SKY コインへの交換をご検討ください。

[[マイル口座残高を確認する|https://www.ana.co.jp/ja/jp/amc/?cid=mail_expire]]

全日本空輸株式会社''')

M(file='chatwork-unread-notification-genuine', brand='Chatwork', tricks='genuine SaaS notification from chatwork.com; link to www.chatwork.com',
  **{'from': ('Chatwork', 'info@chatwork.com')}, to='h.morita@example-shoji.co.jp', mbox='m365', auth=('pass', 'pass', 'pass'),
  subj='[Chatwork] 未読メッセージが3件あります',
  body='''未読のメッセージがあります

「東京精密様 案件」に未読メッセージが3件あります。

[[Chatworkを開く|https://www.chatwork.com/]]

通知設定の変更は、Chatworkの環境設定から行えます。

Chatwork株式会社''')

M(file='freee-invoice-sent-notice-saas', brand='freee', tricks='genuine SaaS invoice notification on behalf of a customer company; link to secure.freee.co.jp; outsourced sender',
  **{'from': ('freee請求書', 'noreply@freee.co.jp')}, to='h.morita@example-shoji.co.jp', mbox='m365', auth=('pass', 'pass', 'pass'),
  subj='株式会社東京精密 様より請求書が届いています',
  body='''株式会社東京精密 様より請求書が届いています。

請求書番号：INV-2025-0918
お支払期限：2025年10月31日
金額：330,000円

[[請求書を確認する|https://secure.freee.co.jp/invoices/view?token=af31c2d9]]

このメールはfreeeから送信されています。''')

M(file='rakuten-bank-login-alert-genuine', brand='楽天銀行', tricks='genuine login alert with "不正ログイン" wording; rakuten-bank.co.jp; ISO-2022-JP',
  **{'from': ('楽天銀行', 'service@ac.rakuten-bank.co.jp')}, to='yuki.s-0412@docomo.ne.jp', mbox='docomo', auth=('pass', 'pass', 'pass'), cs='jis', cte='7bit', hcs='jis', kind='plain',
  subj='[楽天銀行]ログインのお知らせ',
  body='''楽天銀行をご利用いただきありがとうございます。

お客さまの口座にログインがありました。
ログイン日時：2025/09/30 23:05

お心当たりがない場合は、至急カスタマーセンターへご連絡ください。
https://www.rakuten-bank.co.jp/

楽天銀行株式会社''')

M(file='aeon-card-phishing-alert-genuine-quoting-fake', brand='イオンカード', tricks='genuine warning quoting invented fake sender address and fake URL; says "当社を装った不審なメールにご注意ください"',
  **{'from': ('イオンカード', 'info@aeon.co.jp')}, to='e.yamada@softbank.ne.jp', mbox='softbank', auth=('pass', 'pass', 'pass'),
  subj='【イオンカード】当社を装った不審なメールにご注意ください',
  body='''イオンカードをご利用いただきありがとうございます。

当社を装った不審なメールが確認されています。以下のようなメールにご注意ください。

送信元：aeon-card@aeon-kakunin-center.com（※当社とは関係ありません）
件名：【重要】イオンカードご利用確認
誘導先：https://aeon-kakunin-center.com/（※偽サイト）

当社からのメールでカード番号やセキュリティコードの入力を求めることはありません。

[[イオンカード公式サイト|https://www.aeon.co.jp/]]

イオンフィナンシャルサービス株式会社''')

M(file='docusign-genuine-signature-request', brand='DocuSign', tricks='genuine DocuSign request from docusign.net with link to docusign.net; Japanese',
  **{'from': ('株式会社北村建設 (DocuSign経由)', 'dse@docusign.net')}, to='h.morita@example-shoji.co.jp', mbox='m365', auth=('pass', 'pass', 'pass'),
  subj='署名のお願い: 業務委託契約書（2025年度）',
  body='''株式会社北村建設 総務部 様から、文書の確認と署名の依頼が届いています。

[[文書を確認する|https://jp.docusign.net/Signing/EmailStart.aspx?a=3f1a9b2c-7d44-4e21-a8b0-12c3d4e5f601&etti=24]]

このメールには安全なリンクが含まれています。このメールやリンクを他の人と共有しないでください。

DocuSign 電子署名サービス''')

M(file='yodobashi-order-shipped-euc', brand='ヨドバシ・ドット・コム', tricks='genuine shipping notice; EUC-JP text/plain 8bit; UNSURE sender address',
  **{'from': ('ヨドバシ・ドット・コム', 'thanks_gift@yodobashi.com')}, to='t.ishikawa@ocn.ne.jp', mbox='ocn', auth=('pass', 'pass', 'pass'), cs='euc', cte='8bit', hcs='euc', kind='plain',
  subj='ヨドバシ・ドット・コム：ご注文商品出荷のお知らせ',
  body='''ヨドバシ・ドット・コムをご利用いただき、誠にありがとうございます。

ご注文の商品を出荷いたしました。

ご注文番号：1234567890
商品名：USB-Cケーブル 1m
配送業者：ヨドバシエクストリーム

配達状況は下記よりご確認ください。
https://www.yodobashi.com/

株式会社ヨドバシカメラ''')

M(file='kintone-cybozu-password-reset-genuine', brand='サイボウズ (cybozu.com)', tricks='genuine password reset link to customer subdomain on cybozu.com; expires in 1 hour',
  **{'from': ('cybozu.com', 'noreply@cybozu.com')}, to='h.morita@example-shoji.co.jp', mbox='m365', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64',
  subj='[cybozu.com] パスワードの再設定',
  body='''パスワードの再設定を受け付けました。

以下のURLにアクセスし、1時間以内に新しいパスワードを設定してください。
https://example-shoji.cybozu.com/login/reset?token=6f2d91aa0b

このメールに心当たりがない場合は、破棄してください。

サイボウズ株式会社''')

M(file='docomo-dpoint-expiry-genuine-to-docomo-mailbox', brand='dポイント', tricks='genuine points-expiry notice to carrier mailbox; link to dpoint.docomo.ne.jp; UNSURE sender subdomain',
  **{'from': ('dポイントクラブ', 'dpoint@club.dpoint.docomo.ne.jp')}, to='t.hirano@docomo.ne.jp', mbox='docomo', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64',
  subj='【dポイント】期間・用途限定ポイントの有効期限のお知らせ',
  body='''dポイントクラブ会員のお客様

期間・用途限定のdポイントが、まもなく有効期限を迎えます。

有効期限が近いポイント：520pt（2025年11月30日まで）

ポイント履歴はdポイントクラブサイトでご確認いただけます。
https://dpoint.docomo.ne.jp/

株式会社NTTドコモ''')

M(file='jal-booking-confirmation-genuine', brand='JAL', tricks='genuine booking confirmation with payment deadline ("お支払期限までに"); jal.com; HTML alt',
  **{'from': ('JAL', 'info@jal.com')}, to='s.nishida@yahoo.co.jp', mbox='yahoo', auth=('pass', 'pass', 'pass'), color='#cc0000',
  subj='【JAL】ご予約内容のお知らせ',
  body='''西田 様

JALをご利用いただきありがとうございます。ご予約が完了しました。

予約番号：AB12CD
10月18日 JL903 羽田 7:30 → 那覇 10:20　2名

お支払期限：10月3日 23:59
期限までにお支払いがない場合、ご予約は自動的に取り消されます。

[[予約の確認・購入|https://www.jal.co.jp/jp/ja/dom/]]

日本航空株式会社''')

M(file='moneyforward-2fa-code-genuine', brand='マネーフォワード ME', tricks='genuine verification code; UNSURE on exact sender address',
  **{'from': ('マネーフォワード ID', 'no-reply@id.moneyforward.com')}, to='k.nakamura@gmail.com', auth=('pass', 'pass', 'pass'), kind='plain', cte='8bit',
  subj='【マネーフォワード ID】確認コードのお知らせ',
  body='''マネーフォワード IDをご利用いただきありがとうございます。

確認コード：802715

このコードの有効期限は30分です。
心当たりのない場合は、このメールを破棄してください。

株式会社マネーフォワード''')

M(file='osaka-city-vaccination-notice-lg-jp-html', brand='大阪市', tricks='municipal notice from lg.jp; HTML; deadline; UNSURE local part',
  **{'from': ('大阪市', 'info@city.osaka.lg.jp')}, to='miki.oda@docomo.ne.jp', mbox='docomo', auth=('pass', 'none', 'none'),
  subj='【大阪市】定額減税補足給付金（調整給付）申請期限のお知らせ',
  body='''大阪市からのお知らせです。

調整給付金の申請期限は10月31日（金）です。
対象の方には確認書を郵送しております。期限までにご提出ください。

[[大阪市ホームページ|https://www.city.osaka.lg.jp/]]

※本市からメールで口座番号や暗証番号をお尋ねすることはありません。

大阪市''')

M(file='uniqlo-order-cancel-genuine-stock-out', brand='ユニクロ', tricks='genuine order cancellation due to stockout with refund info; UNSURE sender subdomain; no link to input card',
  **{'from': ('ユニクロ オンラインストア', 'order@ml.store.uniqlo.com')}, to='ayaka.m@gmail.com', auth=('pass', 'pass', 'pass'), kind='plain', cte='quoted-printable',
  subj='【ユニクロ】ご注文キャンセルのお知らせ',
  body='''ユニクロオンラインストアをご利用いただき、誠にありがとうございます。

大変申し訳ございませんが、ご注文の商品が欠品となったため、ご注文をキャンセルさせていただきました。
クレジットカードへのご請求は取り消されます。お客様側でのお手続きは不要です。

ご注文番号：1234-567890-1234

株式会社ユニクロ
https://www.uniqlo.com/jp/ja/''')

M(file='eplus-ticket-payment-deadline-genuine', brand='イープラス', tricks='genuine ticket payment deadline mail (当選・支払期限); UNSURE sender; cp932 ① chars; Shift_JIS QP',
  **{'from': ('イープラス', 'info@eplus.co.jp')}, to='miki.oda@docomo.ne.jp', mbox='docomo', auth=('pass', 'pass', 'pass'), cs='sjis', cte='quoted-printable', hcs='sjis', kind='plain',
  subj='【e+】抽選結果のお知らせ（お支払い期限あり）',
  body='''イープラスをご利用いただきありがとうございます。

お申込みいただいた公演の抽選結果をお知らせします。

① 公演名：○○ LIVE TOUR 2025
② 結果：当選
③ お支払い期限：10月12日 23:00

期限までにお支払いがない場合、当選は無効となります。
https://eplus.jp/

株式会社イープラス''')

M(file='tepco-electricity-rate-change-genuine', brand='東京電力エナジーパートナー', tricks='genuine utility notice from tepco.co.jp subdomain; UNSURE on subdomain; HTML alt',
  **{'from': ('東京電力エナジーパートナー', 'info@kurashi.tepco.co.jp')}, to='n.sato@ocn.ne.jp', mbox='ocn', auth=('pass', 'pass', 'pass'),
  subj='【くらしTEPCO web】電気料金のお知らせ',
  body='''くらしTEPCO web会員のお客さま

10月分の電気料金が確定しました。
ご使用量：312kWh
ご請求予定金額：9,842円

[[くらしTEPCO webで詳細を確認|https://www.kurashi.tepco.co.jp/]]

東京電力エナジーパートナー株式会社''')

M(file='mercari-otp-sms-style-mail-genuine', brand='メルカリ', tricks='genuine short one-time code mail; plain 8bit UTF-8',
  **{'from': ('メルカリ', 'no-reply@mercari.jp')}, to='nao.fujii@yahoo.co.jp', mbox='yahoo', auth=('pass', 'pass', 'pass'), kind='plain', cte='8bit',
  subj='認証番号のお知らせ',
  body='''メルカリの認証番号は 7391 です。
この番号は誰にも教えないでください。''')

M(file='nikko-securities-login-saved-no-auth-outlook', brand='SMBC日興証券', tricks='saved from Outlook, no Received/Authentication-Results; login notification; UNSURE sender address',
  **{'from': ('SMBC日興証券', 'info@smbcnikko.co.jp')}, to='t.aoki@nifty.com', mbox='none', kind='plain', cs='sjis', cte='base64', hcs='sjis',
  subj='【SMBC日興証券】ログインのお知らせ',
  body='''SMBC日興証券をご利用いただきありがとうございます。

日興イージートレードへのログインがありました。
日時：2025年6月20日 7時42分

お心当たりがない場合は、日興イージートレードお客様サポートセンターへご連絡ください。

SMBC日興証券株式会社''')

def S(file, brand, frm, to, subj, body, tricks, **kw):
    d = dict(file=file, brand=brand, to=to, subj=subj, body=body, tricks=tricks, **kw)
    d['from'] = frm
    MAILS.append(d)

S('paypay-payment-complete-genuine', 'PayPay', ('PayPay', 'no-reply@paypay.ne.jp'), 'daiki.k@i.softbank.jp',
  '【PayPay】ログイン通知',
  '''PayPayアカウントにログインがありました。

日時：2025年8月30日 19:02
端末：iPhone

お心当たりがない場合は、アプリの「アカウント」>「ヘルプ」からお問い合わせください。

PayPay株式会社''', 'genuine login notice; UNSURE: sender local part', mbox='softbank', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64')

S('yahoo-japan-id-login-alert-genuine', 'Yahoo! JAPAN', ('Yahoo! JAPAN', 'security-alert@mail.yahoo.co.jp'), 's.nishida@yahoo.co.jp',
  '【Yahoo! JAPAN】ログインのお知らせ',
  '''Yahoo! JAPAN IDにログインがありました。

日時：2025年10月1日 22:18
環境：Windows / Chrome

心当たりがない場合は、Yahoo! JAPAN IDのログイン履歴を確認し、パスワードを変更してください。
[[ログイン履歴|https://login.yahoo.co.jp/config/login_history]]

LINEヤフー株式会社''', 'genuine login alert; UNSURE: exact sender address', mbox='yahoo', auth=('pass', 'pass', 'pass'))

S('amazon-shipment-link-text-url-tracked', 'Amazon.co.jp', ('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), 'k.tanaka1984@gmail.com',
  'Amazon.co.jp ご注文の商品を発送しました',
  '''田中 様

ご注文の商品を発送しました。

お届け予定：11月9日（日）
注文番号：249-5566213-8830142

配送状況の確認：
[[https://www.amazon.co.jp/gp/your-account/ship-track|https://www.amazon.co.jp/gp/f.html?C=2MF8GYXLZ0O0&K=3R6QMM&M=urn:rtn:msg:20251108&R=3UL0X1&T=C&U=https%3A%2F%2Fwww.amazon.co.jp%2Fgp%2Fyour-account%2Fship-track&H=TQ]]

Amazon.co.jp''', 'link text is a URL while href goes through Amazon''s own click-tracking (gp/f.html); DMARC pass', auth=('pass', 'pass', 'pass'), p='QUARANTINE', color='#ff9900')

S('rakuten-securities-login-notice-genuine', '楽天証券', ('楽天証券', 'info@mail.rakuten-sec.co.jp'), 'j.ogawa@gmail.com',
  '【楽天証券】ログインのお知らせ',
  '''楽天証券をご利用いただきありがとうございます。

お客様のアカウントにログインがありました。
日時：2025/08/14 07:40

お心当たりがない場合は、直ちにログインパスワードと取引暗証番号を変更し、カスタマーサービスセンターへご連絡ください。
楽天証券のメールでログインを求めるリンクはお送りしていません。公式アプリまたはブックマークからログインしてください。

楽天証券株式会社''', 'genuine; same subject as a phish in this set; no link; UNSURE: sender subdomain', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64')

S('sagawa-delivery-notice-genuine-smari', '佐川急便', ('佐川急便', 'info-noreply@ds.sagawa-exp.co.jp'), 'k.mori@yahoo.co.jp',
  '【佐川急便】お荷物お届け予定のお知らせ',
  '''佐川急便をご利用いただきありがとうございます。

お荷物のお届け予定をお知らせいたします。

お問い合せ送り状No：3601-2345-6789
お届け予定日：11月12日
時間帯：午前中

お届け日時の変更は下記から
https://k2k.sagawa-exp.co.jp/p/sagawa/web/okurijoinput.jsp

佐川急便株式会社''', 'genuine delivery notice; UNSURE: sender domain/subdomain', mbox='yahoo', auth=('pass', 'pass', 'pass'), kind='plain', cte='quoted-printable')

S('kyoto-city-water-bill-lg-jp-eucjp', '京都市上下水道局', ('京都市上下水道局', 'suido@city.kyoto.lg.jp'), 'y.hasegawa@icloud.com',
  '【京都市上下水道局】口座振替不能のお知らせ',
  '''京都市上下水道局です。

10月分の水道料金・下水道使用料について、ご指定口座からの振替ができませんでした。
後日お送りする納入通知書にてお支払いください。
お支払いのない状態が続きますと、給水停止となる場合があります。

※本メールにお心当たりがない場合はお問い合わせください。
京都市上下水道局 お客さま窓口 075-672-XXXX''', 'municipal "振替不能" with 給水停止 threat; EUC-JP; UNSURE: local part', mbox='icloud', auth=('pass', 'none', 'none'), cs='euc', cte='base64', hcs='euc', kind='plain')

S('nifty-isp-own-member-security-warning', '@nifty', ('@nifty', 'info@nifty.com'), 'r.endo@nifty.com',
  '【@nifty】@niftyを装った不審なメールにご注意ください',
  '''@niftyをご利用いただきありがとうございます。

@niftyを装い「メールボックスの容量が上限に達しました」等と偽って、IDやパスワードを入力させる不審なメールが確認されています。
@niftyがメールでパスワードの入力を求めることはありません。

不審なメールを受信した場合は、開かずに削除してください。
https://www.nifty.com/

ニフティ株式会社''', 'ISP to own member; phishing warning; ISO-2022-JP', mbox='nifty', auth=('pass', 'pass', 'pass'), cs='jis', cte='7bit', hcs='jis', kind='plain')

S('google-password-changed-genuine-m365-recipient', 'Google', ('Google', 'no-reply@accounts.google.com'), 's.watanabe@outlook.jp',
  'パスワードが変更されました',
  '''Google アカウント s.watanabe@outlook.jp のパスワードが変更されました

パスワードを変更していない場合は、今すぐアカウントを保護してください。

[[アカウントを確認|https://accounts.google.com/signin/recovery]]

このメールは、Google アカウントとサービスに関する重要な変更をお知らせするために送信されました。''', 'genuine password-changed alert to an outlook.jp mailbox; M365 auth pass', mbox='m365', auth=('pass', 'pass', 'pass'), ip='209.85.220.69', host='mail-sor-f69.google.com')

S('ramen-shop-gmail-event-newsletter-no-auth', 'ラーメン店 (個人店・Gmail)', ('麺処 たけ', 'menya.take.0301@gmail.com'), 'hiro-0725@au.com',
  '【麺処たけ】臨時休業と限定メニューのお知らせ',
  '''いつもご来店ありがとうございます！麺処たけです。

11月18日(火)は仕込みのため臨時休業いたします。
19日からは冬季限定「味噌バターコーン」を始めます。

LINE公式アカウントでもお知らせしています
https://lin.ee/aB3cDeF

またのご来店お待ちしております！''', 'small business on Gmail; LINE short link lin.ee; saved from client (no auth)', mbox='none', kind='plain', cte='8bit')

S('aeon-card-payment-reminder-genuine-deadline', 'イオンカード', ('イオンカード', 'info@aeon.co.jp'), 'e.yamada@softbank.ne.jp',
  '【イオンカード】お支払いについてのご案内（重要）',
  '''イオンカードをご利用いただきありがとうございます。

10月2日のお引き落としが確認できませんでした。
お支払いが確認できない場合、カードのご利用を一時停止させていただきますので、お早めにお手続きください。

お支払い方法はイオンウォレットアプリでご確認いただけます。
https://www.aeon.co.jp/

イオンフィナンシャルサービス株式会社''', 'genuine payment reminder with suspension warning; Shift_JIS 8bit', mbox='softbank', auth=('pass', 'pass', 'pass'), cs='sjis', cte='8bit', hcs='sjis', kind='plain')

S('microsoft-365-invoice-genuine-subsidiary', 'Microsoft 365', ('Microsoft', 'microsoft-noreply@microsoft.com'), 'h.morita@example-shoji.co.jp',
  'Microsoft 365 Business Standard のご請求書（2025年10月）',
  '''お客様のご請求書の準備ができました

請求書番号：G012345678
ご請求金額：¥9,350
お支払い方法：クレジットカード（末尾 4242）

[[Microsoft 365 管理センターで請求書を表示|https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list]]

Microsoft Corporation''', 'genuine SaaS invoice with amount; M365 recipient', mbox='m365', auth=('pass', 'pass', 'pass'))

S('u-next-payment-fail-genuine', 'U-NEXT', ('U-NEXT', 'info@unext.jp'), 'kenta.h@gmail.com',
  '【U-NEXT】お支払い方法をご確認ください',
  '''U-NEXTをご利用いただきありがとうございます。

ご登録のクレジットカードでの決済ができませんでした。
お支払い方法を変更しない場合、サービスが停止されます。

[[お支払い方法を変更|https://video.unext.jp/settings]]

株式会社U-NEXT''', 'genuine payment-failure; UNSURE: sender domain', auth=('pass', 'pass', 'pass'))

S('suica-jre-point-expiry-genuine', 'JRE POINT', ('JRE POINT', 'info@jrepoint.jp'), 'y.hasegawa@icloud.com',
  '【JRE POINT】ポイント有効期限のお知らせ',
  '''JRE POINT会員の皆さま

保有ポイントの有効期限が近づいています。
有効期限：2025年12月31日
対象ポイント：1,240ポイント

[[JRE POINT WEBサイト|https://www.jrepoint.jp/]]

東日本旅客鉄道株式会社''', 'genuine points expiry; UNSURE: sender address', mbox='icloud', auth=('pass', 'pass', 'pass'), cte='quoted-printable')

S('japan-post-bank-app-code-genuine', 'ゆうちょ銀行', ('ゆうちょ銀行', 'info@jp-bank.japanpost.jp'), 'k.mori@yahoo.co.jp',
  '【ゆうちょ銀行】ゆうちょ認証アプリ 登録完了のお知らせ',
  '''ゆうちょ銀行をご利用いただきありがとうございます。

ゆうちょ認証アプリの登録が完了しました。

お心当たりのない場合は、ゆうちょダイレクトサポートセンター（0120-992-504）までご連絡ください。
ゆうちょ銀行から、メールでログインを求めることはありません。

株式会社ゆうちょ銀行''', 'genuine security registration notice; ISO-2022-JP; UNSURE: sender address', mbox='yahoo', auth=('pass', 'pass', 'pass'), cs='jis', cte='7bit', hcs='jis', kind='plain')

S('ntt-east-own-ocn-maintenance-saved-thunderbird', 'OCN (NTTドコモ)', ('OCN', 'info@ocn.ad.jp'), 't.ishikawa@ocn.ne.jp',
  '【OCN】メールサービス 迷惑メールフィルタ仕様変更のお知らせ',
  '''OCNをご利用いただきありがとうございます。

迷惑メールフィルタの仕様を変更いたします。
変更日：2025年12月10日
お客さまでの設定変更は不要です。

https://support.ocn.ne.jp/

株式会社NTTドコモ''', 'ISP to own subscriber; saved from Thunderbird (no Received/Auth); UNSURE: sender address', mbox='none', client='tb', kind='plain', cs='jis', cte='7bit', hcs='jis')

S('digital-agency-mynumber-cert-expiry-genuine', '地方公共団体情報システム機構 (J-LIS)', ('地方公共団体情報システム機構', 'info@j-lis.go.jp'), 'h.kimura@biglobe.ne.jp',
  '【J-LIS】電子証明書の有効期限のお知らせ',
  '''マイナンバーカードの電子証明書の有効期限が近づいています。

有効期限の3か月前から、お住まいの市区町村窓口で更新手続きができます。
手続きには、マイナンバーカードと暗証番号が必要です。

※J-LISからメールでリンクを送り、暗証番号を入力させることはありません。

https://www.j-lis.go.jp/''', 'government notice (go.jp) with deadline; UNSURE: J-LIS actually emails', mbox='biglobe', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64')

S('orico-card-statement-genuine-esp', 'オリコカード', ('オリコ', 'info@orico.co.jp'), 'a.matsumoto@gmail.com',
  '【オリコ】ご利用代金明細確定のお知らせ',
  '''オリコカードをご利用いただきありがとうございます。

ご利用代金明細が確定しました。
お支払日：11月27日

明細はeオリコでご確認ください。
[[eオリコにログイン|https://www.orico.co.jp/eorico/]]

株式会社オリエントコーポレーション''', 'genuine statement notice; same brand as a forged phish; UNSURE: sender local part', auth=('pass', 'pass', 'pass'), p='REJECT')

S('tokyo-metro-lost-item-reply-genuine-no-auth', '東京メトロ', ('東京メトロ お客様センター', 'info@tokyometro.jp'), 'ayaka.m@gmail.com',
  '【東京メトロ】お忘れ物のお問い合わせについて',
  '''お問い合わせいただきありがとうございます。

お問い合わせのお忘れ物（黒色の折りたたみ傘）について、現在お預かりしている駅はございません。
引き続き警視庁遺失物センターにもお問い合わせください。

東京メトロ お客様センター''', 'reply to a customer inquiry; saved from client, no auth; UNSURE: sender address', mbox='none', kind='plain', cte='base64')

S('zeirishi-office-gmail-tax-docs-request', '税理士事務所 (個人事務所・Gmail)', ('山下税理士事務所', 'yamashita.zeirishi.office@gmail.com'), 'k.nakamura@gmail.com',
  '確定申告書類ご提出のお願い（2月20日まで）',
  '''中村様

いつもお世話になっております。山下税理士事務所の山下です。

令和7年分の確定申告に向けて、下記書類を2月20日までにご提出ください。
・源泉徴収票
・医療費の領収書
・ふるさと納税の寄附金受領証明書

郵送またはこのメールへの返信（PDF添付）でお送りください。

山下税理士事務所
税理士 山下 誠''', 'small professional office on Gmail; deadline; asks for documents by reply; 2026 date', auth=('pass', 'pass', 'pass'), dkim_d='gmail.com', kind='plain', cte='base64', year=2026)

S('netflix-new-device-signin-code-genuine', 'Netflix', ('Netflix', 'info@account.netflix.com'), 'miki.oda@docomo.ne.jp',
  'Netflix: サインインコード',
  '''サインインコードを入力してください

4-2-8-1

このコードは15分後に失効します。

リクエストしていない場合は、パスワードを変更してください。
[[https://www.netflix.com/password|https://www.netflix.com/password?g=1a2b3c&lkid=URL_PASSWORD]]

-Netflixチーム''', 'genuine sign-in code; link text URL with tracking params on same domain', mbox='docomo', auth=('pass', 'pass', 'pass'), kind='html')

S('sbi-sec-annual-report-genuine-no-zip', 'SBI証券', ('SBI証券', 'info@sbisec.co.jp'), 'k.nakamura@gmail.com',
  '【SBI証券】特定口座年間取引報告書の電子交付のお知らせ',
  '''いつもSBI証券をご利用いただき、誠にありがとうございます。

特定口座年間取引報告書を電子交付いたしました。
ログイン後「口座管理」＞「電子交付書面」よりご確認ください。

※当社からパスワード付きZIPファイルで書面をお送りすることはございません。

株式会社SBI証券''', 'genuine counterpart of the ZIP phish; no link to login; 2026 date', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64', year=2026)

S('rakuten-ichiba-shop-order-confirm-outsourced', '楽天市場 (出店店舗)', ('インテリアショップ KOMORE 楽天市場店', 'komore-shop@shop.rakuten.co.jp'), 'j.ogawa@gmail.com',
  '【楽天市場】ご注文内容のご確認（自動配信メール）',
  '''小川 様

この度は楽天市場店をご利用いただき、誠にありがとうございます。
ご注文内容をご確認ください。

[受注番号] 312345-20251104-0123456789
[商品] 木製ラック 3段 ×1
[合計] 8,980円

ご注文履歴は楽天市場の購入履歴からご確認いただけます。
https://order.my.rakuten.co.jp/

インテリアショップ KOMORE''', 'merchant on marketplace mail relay (shop.rakuten.co.jp); CP932 Shift_JIS; UNSURE: relay local part', auth=('pass', 'pass', 'pass'), cs='sjis', cte='base64', hcs='sjis', kind='plain')

S('hokkaido-municipality-furusato-lg-jp-thanks', '北海道の町 (ふるさと納税)', ('上士幌町 ふるさと納税係', 'furusato@town.kamishihoro.lg.jp'), 'k.mori@yahoo.co.jp',
  '【上士幌町】ワンストップ特例申請書の受付完了のお知らせ',
  '''この度は上士幌町へのふるさと納税をいただき、誠にありがとうございました。

ワンストップ特例申請書を受け付けました。
申請内容に不備がある場合のみ、別途ご連絡いたします。

上士幌町役場 企画財政課 ふるさと納税係''', 'small municipality lg.jp; DMARC none; UNSURE: local part and exact domain', mbox='yahoo', auth=('pass', 'none', 'none'), kind='plain', cte='8bit')

# Sender addresses whose exact domain/subdomain/local part I am not sure the brand really uses.
UNSURE = {
    'smbc-phishing-warning-quoting-fake-url': 'info@smbc.co.jp (local part)',
    'docomo-to-own-subscriber-billing-notice-docomo-mailbox': 'mail.docomo.ne.jp',
    'nta-etax-message-box-notice-go-jp': 'e-tax.nta.go.jp sender address',
    'yokohama-city-disaster-prevention-mail-lg-jp': 'bousai-mail@city.yokohama.lg.jp (local part)',
    'tokyo-gas-mytokyogas-usage-notice': 'mail.tokyo-gas.co.jp',
    'au-to-own-subscriber-data-usage-au-com': 'info@au.com',
    'setagaya-city-resident-tax-notice-lg-jp': 'kazei@city.setagaya.lg.jp (local part)',
    'jcb-myjcb-usage-notification-genuine': 'qa.jcb.co.jp',
    'paypay-card-payment-reminder-esp-tracker': 'mail.paypay-card.co.jp',
    'biglobe-isp-maintenance-to-own-member': 'ml.biglobe.ne.jp',
    'amazon-order-cancelled-payment-issue-genuine': 'payments-messages@amazon.co.jp (local part)',
    'sony-bank-otp-transfer-code': 'moneykit.net',
    'hometown-tax-small-municipality-lg-jp-outsourced': 'info@furunavi.jp',
    'line-pay-to-paypay-migration-notice-line-me': 'no-reply@line.me',
    'sbi-securities-trade-execution-notice': 'info@sbisec.co.jp (local part)',
    'police-keishicho-phishing-alert-lg-jp': 'keishicho.metro.tokyo.lg.jp local part',
    'softbank-to-own-subscriber-contract-renewal': 'info@softbank.jp',
    'bitflyer-login-notification-genuine': 'info@bitflyer.com',
    'coincheck-2fa-code-genuine': 'no-reply@coincheck.com',
    'sony-sonpo-renewal-deadline-genuine': 'info@sonysonpo.co.jp',
    'mynaportal-notice-digital-go-jp-saved-no-auth': 'myna.go.jp',
    'ana-mileage-expiry-genuine': '121.ana.co.jp',
    'chatwork-unread-notification-genuine': 'info@chatwork.com',
    'freee-invoice-sent-notice-saas': 'noreply@freee.co.jp',
    'rakuten-bank-login-alert-genuine': 'ac.rakuten-bank.co.jp',
    'aeon-card-phishing-alert-genuine-quoting-fake': 'info@aeon.co.jp',
    'yodobashi-order-shipped-euc': 'thanks_gift@yodobashi.com',
    'docomo-dpoint-expiry-genuine-to-docomo-mailbox': 'club.dpoint.docomo.ne.jp',
    'jal-booking-confirmation-genuine': 'info@jal.com',
    'moneyforward-2fa-code-genuine': 'id.moneyforward.com',
    'osaka-city-vaccination-notice-lg-jp-html': 'info@city.osaka.lg.jp',
    'uniqlo-order-cancel-genuine-stock-out': 'ml.store.uniqlo.com',
    'eplus-ticket-payment-deadline-genuine': 'info@eplus.co.jp',
    'tepco-electricity-rate-change-genuine': 'kurashi.tepco.co.jp',
    'nikko-securities-login-saved-no-auth-outlook': 'info@smbcnikko.co.jp',
    'aeon-card-payment-reminder-genuine-deadline': 'info@aeon.co.jp',
    'microsoft-365-invoice-genuine-subsidiary': 'microsoft-noreply@microsoft.com',
    'u-next-payment-fail-genuine': 'unext.jp',
    'rakuten-ichiba-shop-order-confirm-outsourced': 'shop.rakuten.co.jp relay',
    'tokyo-metro-lost-item-reply-genuine-no-auth': 'info@tokyometro.jp',
}

# Structure variety for genuine mails (attachments, inline images, HTML-only), applied by file name.
def _pdf(title):
    body = ('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
            '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n'
            '4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n').replace('%s', title)
    return body.encode('latin-1')

_ADJ = {
    'business-thread-reply-genuine-partner': dict(kind='mixed', att=[('請求書_2025年9月_東京精密.pdf', 'application/pdf', _pdf('Invoice 2025-09'))],
        tricks_add='PDF invoice attached with Japanese RFC2047 filename'),
    'kyoto-ryokan-gmail-booking-confirmation': dict(kind='mixed', att=[('access_map.pdf', 'application/pdf', _pdf('Access map'))], tricks_add='PDF map attached'),
    'eplus-ticket-payment-deadline-genuine': dict(kind='related', hx='<p><img src="cid:eplus-logo" width="120" height="40" alt="e+"></p>',
        att=[('logo.png', 'image/png', png('eplus-logo', 24), 'inline', 'eplus-logo')], tricks_add='multipart/related with inline logo'),
    'jal-booking-confirmation-genuine': dict(kind='related', hx='<p><img src="cid:jal-logo@jal.com" width="100" height="40" alt="JAL"></p>',
        att=[('jal_logo.png', 'image/png', png('jal-logo', 20), 'inline', 'jal-logo@jal.com')], tricks_add='multipart/related with inline logo'),
    'ramen-shop-gmail-event-newsletter-no-auth': dict(kind='related', hx='<p><img src="cid:qr-line" width="150" height="150" alt="LINE QR"></p>',
        att=[('line_qr.png', 'image/png', png('ramen-line'), 'inline', 'qr-line')], tricks_add='genuine inline QR code (LINE friend add) like QR-only phish'),
    'mercari-account-restricted-genuine-notice': dict(kind='html', tricks_add='HTML-only'),
    'tokyo-gas-mytokyogas-usage-notice': dict(kind='html', tricks_add='HTML-only QP'),
    'orico-card-statement-genuine-esp': dict(kind='html', tricks_add='HTML-only'),
    'sony-sonpo-renewal-deadline-genuine': dict(kind='html', tricks_add='HTML-only'),
}
for _m in MAILS:
    _a = _ADJ.get(_m['file'])
    if _a:
        _a = dict(_a)
        _t = _a.pop('tricks_add')
        _m.update(_a)
        _m['tricks'] = _m['tricks'] + '; ' + _t
