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

M(file='etc-meisai-service-expiry-forged-from-dmarc-fail-nifty', brand='ETC利用照会サービス', tricks='forged From etc-meisai.jp; DMARC fail at nifty; suspension threat; invented etc-meisai.jp-kousin.com',
  **{'from': ('ETC利用照会サービス', 'info@etc-meisai.jp')}, env='postmaster@hz-mail-srv.cn', to='r.endo@nifty.com', mbox='nifty', auth=('fail', 'none', 'fail'), kind='plain', cte='base64',
  subj='【ETC利用照会サービス】サービス解約予告のお知らせ',
  body='''ETC利用照会サービスをご利用いただきありがとうございます。

お客様のアカウントは長期間ご利用がないため、規約に基づき解約予定となっております。
継続してご利用される場合は、下記より登録情報の更新をお願いいたします。

https://etc-meisai.jp-kousin.com/etc/R?funccode=1013000000

ETC利用照会サービス事務局''')

M(file='yucho-direct-transaction-purpose-compromised-jp-company', brand='ゆうちょ銀行', tricks='sender is an invented compromised-looking JP company (maruyama-denki.co.jp) with SPF+DKIM pass for its own domain; 取引目的確認 wording copied from real notices; ISO-2022-JP HTML alt',
  **{'from': ('ゆうちょ銀行', 'info@maruyama-denki.co.jp')}, to='k.mori@yahoo.co.jp', mbox='yahoo', auth=('pass', 'pass', 'none'), cs='jis', cte='7bit', hcs='jis',
  subj='【ゆうちょ銀行】お取引目的等の確認のお願い',
  body='''いつもゆうちょ銀行をご利用いただきありがとうございます。

当行では、犯罪による収益の移転防止に関する法律に基づき、お客さまのお取引の目的等を確認させていただいております。

お手数ですが、下記よりご回答をお願いいたします。
[[ゆうちょダイレクトで回答する|https://jp-bank-kakunin.com/direct/answer]]

ご回答がない場合、お取引を制限させていただくことがあります。

株式会社ゆうちょ銀行''')

M(file='bitflyer-withdrawal-confirm-lookalike-dmarc-pass', brand='bitFlyer', tricks='crypto; look-alike bitflyer-jp.net passing SPF/DKIM/DMARC; "出金確認" with cancel link that is the phish',
  **{'from': ('bitFlyer', 'no-reply@bitflyer-jp.net')}, to='kenta.h@gmail.com', auth=('pass', 'pass', 'pass'), p='QUARANTINE',
  subj='【bitFlyer】暗号資産の出金手続きを受け付けました',
  body='''いつもbitFlyerをご利用いただきありがとうございます。

以下の内容で暗号資産の出金を受け付けました。

出金額：0.4215 BTC
出金先アドレス：bc1q8x...3kz9

この出金に心当たりがない場合は、30分以内に下記より取消手続きを行ってください。
[[出金を取り消す|https://bitflyer-jp.net/ex/withdraw/cancel?id=99812]]

株式会社bitFlyer''')

M(file='coincheck-account-verification-utf8-qp-html-only', brand='Coincheck', tricks='HTML-only QP; link text https://coincheck.com/ja/ with href to invented coincheck-kyc.top; DMARC none',
  **{'from': ('Coincheck', 'support@coincheck-kyc.top')}, to='j.ogawa@gmail.com', auth=('pass', 'pass', 'none'), kind='html', cte='quoted-printable',
  subj='【Coincheck】本人確認情報の再提出のお願い',
  body='''Coincheckをご利用いただきありがとうございます。

法令改正に伴い、本人確認情報の再提出をお願いしております。
期限までに再提出いただけない場合、日本円の出金が制限されます。

[[https://coincheck.com/ja/|https://coincheck-kyc.top/ja/verification]]

コインチェック株式会社''')

M(file='nenkin-kikou-benefit-qr-only-pdf-like-image', brand='日本年金機構', tricks='QR-only government impersonation; inline PNG in related part; no URL text at all; sender invented nenkin-info.org',
  **{'from': ('日本年金機構', 'info@nenkin-info.org')}, to='n.sato@ocn.ne.jp', mbox='ocn', auth=('pass', 'none', 'none'), kind='related', cs='sjis', cte='base64', hcs='sjis',
  subj='【日本年金機構】年金生活者支援給付金の請求手続きについて',
  body='''年金受給者様

年金生活者支援給付金の請求手続きがお済みでないため、ご連絡いたしました。
スマートフォンで下記のQRコードを読み取り、お手続きください。

請求期限：令和7年12月26日

日本年金機構''', hx='<p align="center"><img src="cid:nenkinqr" width="180" height="180"></p>', att=[('qrcode.png', 'image/png', png('nenkin'), 'inline', 'nenkinqr')])

M(file='microsoft-support-callback-scam-plain', brand='Microsoft', tricks='call-back-only: fake "Windows license / subscription renewal" asking to call an invented 050 number; no link; outlook.com sender',
  **{'from': ('Microsoft サポート', 'ms.support.jp.center@outlook.com')}, to='t.ishikawa@ocn.ne.jp', mbox='ocn', auth=('pass', 'pass', 'pass'), dkim_d='outlook.com', kind='plain', cte='8bit',
  subj='Microsoft 365 年間サブスクリプション自動更新のお知らせ（¥39,800）',
  body='''お客様

お客様のMicrosoft 365 年間サブスクリプションが自動更新されました。

ご請求金額：¥39,800
お支払い方法：登録済みクレジットカード

本更新をキャンセルし返金を希望される場合は、48時間以内にカスタマーサポートまでお電話ください。

電話番号：050-3184-7726（9:00〜21:00）

Microsoft サポートチーム''')

M(file='uniqlo-order-issue-password-zip-invoice', brand='ユニクロ', tricks='password ZIP attachment "請求書"; password sent "in separate mail" (PPAP style); compromised-looking sender invented tanaka-shouten.jp',
  **{'from': ('UNIQLO オンラインストア', 'order@tanaka-shouten.jp')}, to='ayaka.m@gmail.com', auth=('pass', 'none', 'none'), kind='mixed', cs='jis', cte='7bit', hcs='jis',
  subj='【ユニクロ】ご注文商品の返金について',
  body='''ユニクロオンラインストアをご利用いただきありがとうございます。

ご注文商品の欠品により返金手続きを行います。
返金申請書を添付いたしますので、ご確認ください。

※添付ファイルのパスワードは別途メールにてお送りいたします。

株式会社ユニクロ''', att=[('henkin_shinsei.zip', 'application/zip', enc_zip('henkin_shinsei.html', 'uniqlo'))])

M(file='nttdocomo-dpoint-expiry-via-bitly-like-shortener', brand='dポイント', tricks='link through an invented URL shortener (sho.rt-jp.link) chaining to phish; points-expiry lure; DMARC pass on attacker domain',
  **{'from': ('dポイントクラブ', 'info@dpoint-club.info')}, to='t.hirano@docomo.ne.jp', mbox='docomo', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64',
  subj='【dポイント】まもなく失効するポイントがあります',
  body='''dポイントクラブ会員様

お客様の保有する dポイント 5,320pt が今月末で失効します。
下記より期間延長の手続きを行ってください。

https://sho.rt-jp.link/dpt5320

株式会社NTTドコモ''')

M(file='jal-mileage-thread-hijack-travel-agency', brand='JAL (旅行会社経由)', tricks='thread hijack of a travel booking; Re: subject; sender look-alike of an invented agency domain; asks to re-enter card via invented link',
  **{'from': ('株式会社さくらツーリスト 予約センター', 'yoyaku@sakura-tourist.co'), }, to='s.nishida@yahoo.co.jp', mbox='yahoo', auth=('pass', 'pass', 'none'), kind='plain', cte='quoted-printable',
  xh=[('In-Reply-To', '<20250912101523.4F2A@sakura-tourist.co.jp>'), ('References', '<20250912093011.1B7C@sakura-tourist.co.jp> <20250912101523.4F2A@sakura-tourist.co.jp>')],
  subj='Re: 【ご予約確認】JAL 羽田-那覇 10/18 2名様',
  body='''西田様

お世話になっております。さくらツーリスト予約センターでございます。

航空券の発券にあたり、ご登録のクレジットカードの承認が取れませんでした。
大変お手数ですが、本日18時までに下記よりカード情報の再入力をお願いいたします。

https://sakura-tourist.co/pay/reauth?r=JL9018

期限を過ぎますと、ご予約が自動的に取り消しとなります。

> 西田様
> このたびはご予約いただきありがとうございます。
> JAL 903便 羽田 7:30発 → 那覇 10:20着 10月18日(土) 2名様''')

M(file='sompo-insurance-refund-eucjp-html', brand='損保ジャパン', tricks='insurance refund lure; EUC-JP HTML-only base64; invented sompo-henrei.com',
  **{'from': ('損害保険ジャパン', 'info@sompo-henrei.com')}, to='h.kimura@biglobe.ne.jp', mbox='biglobe', auth=('pass', 'none', 'none'), cs='euc', cte='base64', hcs='euc', kind='html',
  subj='【損保ジャパン】保険料の返戻金のお手続きについて',
  body='''ご契約者様

保険料の再計算により、返戻金（12,640円）が発生いたしました。
返戻金のお受け取りには、下記よりお振込先口座のご登録をお願いいたします。

[[返戻金の受取手続き|https://sompo-henrei.com/refund/account]]

損害保険ジャパン株式会社''')

M(file='u-next-payment-failed-lookalike-subdomain', brand='U-NEXT', tricks='brand in subdomain of invented domain (unext.account-billing.net); payment failure; DMARC pass',
  **{'from': ('U-NEXT', 'billing@unext.account-billing.net')}, to='kenta.h@gmail.com', auth=('pass', 'pass', 'pass'), p='NONE',
  subj='【U-NEXT】お支払い情報の更新のお願い',
  body='''U-NEXTをご利用いただきありがとうございます。

ご登録のクレジットカードでの決済が承認されませんでした。
サービスを継続してご利用いただくには、お支払い情報を更新してください。

[[お支払い情報を更新する|https://unext.account-billing.net/payment/update]]

株式会社U-NEXT''')

M(file='resona-bank-fake-security-warning-itself-phish', brand='りそな銀行', tricks='fake mail that itself warns "当社を装った不審なメールにご注意ください"; Shift_JIS; invented resona-anshin.net; link text official URL',
  **{'from': ('りそな銀行', 'security@resona-anshin.net')}, to='y.inoue@ocn.ne.jp', mbox='ocn', auth=('pass', 'pass', 'none'), cs='sjis', cte='base64', hcs='sjis',
  subj='【りそな銀行】当社を装った不審なメールにご注意ください（セキュリティ確認のお願い）',
  body='''りそな銀行をご利用いただきありがとうございます。

当社を装った不審なメールにご注意ください。
被害防止のため、全てのお客さまに本人確認の再実施をお願いしております。

[[https://www.resonabank.co.jp/|https://resona-anshin.net/kojin/mydirect/login]]

株式会社りそな銀行''')

M(file='amazon-prime-renewal-callback-and-link-biglobe-forged', brand='Amazon.co.jp', tricks='forged From amazon.co.jp with DMARC fail at biglobe; ISO-2022-JP plain; CP932 ㈱ in signature; both phone number and link',
  **{'from': ('Amazon.co.jp', 'prime@amazon.co.jp')}, env='info@mail-sv.vn-host.click', to='s.goto@biglobe.ne.jp', mbox='biglobe', auth=('fail', 'none', 'fail'), cs='jis', cte='7bit', hcs='jis', kind='plain',
  subj='Amazonプライム会員資格の自動更新ができませんでした',
  body='''お客様

Amazonプライムの会員資格の更新時に、ご登録のお支払い方法がご利用いただけませんでした。
下記よりお支払い方法を更新してください。

https://amazon-co-jp.prime-member.click/ap/signin

ご不明点はカスタマーサービス（050-8893-2214）までお問い合わせください。

アマゾンジャパン合同会社'''.replace('アマゾンジャパン合同会社', '㈱Amazon Japan カスタマーサービス'))

M(file='chatwork-shared-file-saas-credential', brand='Chatwork', tricks='SaaS file-share lure with link to invented chatwork-files.net login; sender passes SPF/DKIM/DMARC on attacker domain',
  **{'from': ('Chatwork', 'notice@chatwork-files.net')}, to='h.morita@example-shoji.co.jp', mbox='m365', auth=('pass', 'pass', 'pass'),
  subj='[Chatwork] 山本 様からファイルが共有されました',
  body='''山本 真理子 さんがあなたとファイルを共有しました。

ファイル名：2025年度_見積書_最終版.xlsx

[[ファイルを表示|https://chatwork-files.net/file/view?id=55812&login=1]]

※ファイルの閲覧にはChatworkアカウントでのログインが必要です。

Chatwork株式会社''')

M(file='tokyo-waterworks-unpaid-stop-warning', brand='東京都水道局', tricks='utility/government; "お支払いが確認できません" with water stop threat; invented suido-tokyo-pay.com; text/plain UTF-8 base64',
  **{'from': ('東京都水道局', 'info@suido-tokyo-pay.com')}, to='m.ueda@au.com', mbox='au', auth=('pass', 'none', 'none'), kind='plain', cte='base64',
  subj='【東京都水道局】水道料金のお支払いが確認できません（給水停止予告）',
  body='''お客様へ

水道料金のお支払いが確認できておりません。
本日中にお支払いいただけない場合、給水を停止させていただきます。

お支払いはこちら：
https://suido-tokyo-pay.com/pay/card

東京都水道局''')

M(file='ponta-point-campaign-html-image-button', brand='Ponta', tricks='retail points; HTML button with no text URL; invented ponta-present.jp.net; DMARC pass',
  **{'from': ('Ponta', 'campaign@ponta-present.jp.net')}, to='miki.oda@docomo.ne.jp', mbox='docomo', auth=('pass', 'pass', 'pass'), kind='html', cs='sjis', cte='quoted-printable', hcs='sjis',
  subj='【Ponta】1万ポイントプレゼント当選のお知らせ',
  body='''Ponta会員様

おめでとうございます。Pontaポイント 10,000ポイントプレゼントに当選されました。
ポイントのお受け取りには、会員情報のご確認が必要です。

[[ポイントを受け取る|https://ponta-present.jp.net/receive?c=88120]]

株式会社ロイヤリティ マーケティング''')

M(file='softbank-to-subscriber-forged-from-dmarc-fail-ispmail', brand='ソフトバンク', tricks='forged From softbank.jp sent to a softbank subscriber mailbox; DMARC fail; invented mysoftbank-pay.com',
  **{'from': ('SoftBank', 'info@softbank.jp')}, env='user01@mta7.q-mailer.xyz', to='daiki.k@i.softbank.jp', mbox='softbank', auth=('fail', 'none', 'fail'), kind='plain', cte='8bit',
  subj='【ソフトバンク】ご利用料金の未払いについて',
  body='''ソフトバンクをご利用いただきありがとうございます。

ご利用料金のお支払いが確認できておりません。
本日中にお支払いいただけない場合、回線を停止いたします。

My SoftBank（お支払い手続き）
https://mysoftbank-pay.com/pay

ソフトバンク株式会社''')

M(file='rakuten-account-login-esp-tracker-open-redirect', brand='楽天会員', tricks='link via invented ESP tracker (trk.mailhub-jp.com/r?u=) to invented phish; sender with "rakuten" in subdomain of unrelated domain; DMARC pass',
  **{'from': ('楽天会員サービス', 'member@rakuten.id-info-center.com')}, to='j.ogawa@gmail.com', auth=('pass', 'pass', 'pass'), p='NONE', cte='quoted-printable', color='#bf0000',
  subj='【楽天】楽天会員情報の変更のお知らせ',
  body='''楽天会員様

お客様の楽天会員情報（メールアドレス）が変更されました。

ご自身で変更されていない場合は、下記よりアカウントをご確認ください。
[[楽天会員情報の管理|https://trk.mailhub-jp.com/r?u=aHR0cHM6Ly9yYWt1dGVuLmlkLWluZm8tY2VudGVyLmNvbS9sb2dpbg&c=71]]

楽天グループ株式会社''')

M(file='docusign-contract-ja-html-attachment', brand='DocuSign', tricks='e-signature lure in Japanese; HTML attachment that redirects with meta refresh to invented host; compromised-looking sender invented kitamura-kensetsu.co.jp',
  **{'from': ('DocuSign 電子署名', 'dse@kitamura-kensetsu.co.jp')}, to='h.morita@example-shoji.co.jp', mbox='m365', auth=('pass', 'none', 'none'), kind='mixed',
  subj='DocuSign: 業務委託契約書（2025年度）への署名のお願い',
  body='''北村建設 総務部 様より、文書への署名依頼が届いています。

文書名：業務委託契約書（2025年度）
期限：2025年11月21日

添付の文書を開いて内容を確認し、署名してください。

DocuSign''', att=[('業務委託契約書_2025.html', 'text/html', '<html><head><meta http-equiv="refresh" content="0;url=https://docs-sign-view.net/ja/sign?id=7731"></head><body>読み込み中…</body></html>'.encode('utf-8'))])

M(file='vpoint-smbc-card-callback-and-fake-official-tone', brand='三井住友カード', tricks='copied polite wording; link text is official www.smbc-card.com but href to invented smbc-card.vpass-id.com; ISO-2022-JP multipart',
  **{'from': ('三井住友カード', 'vpass@smbc-card-notice.com')}, to='a.matsumoto@gmail.com', auth=('pass', 'pass', 'pass'), cs='jis', cte='7bit', hcs='jis',
  subj='【三井住友カード】ご利用確認のお願い',
  body='''三井住友カードをご利用いただき、誠にありがとうございます。

弊社では、第三者による不正利用防止を目的としたモニタリングを行っております。
お客さまのカードで不正利用の可能性がある取引を検知したため、カードのご利用を一時的に保留させていただきました。

Vpassにログインのうえ、ご利用内容のご確認をお願いいたします。
[[https://www.smbc-card.com/mem/index.jsp|https://smbc-card.vpass-id.com/mem/login]]

三井住友カード株式会社''')

M(file='kuroneko-sms-style-euc-no-html-shortlink', brand='ヤマト運輸', tricks='SMS-style EUC-JP plain; invented short link host; sender free-mail icloud.com',
  **{'from': ('', 'yamato-unyu0815@icloud.com')}, to='e.yamada@softbank.ne.jp', mbox='softbank', auth=('pass', 'pass', 'pass'), dkim_d='icloud.com', cs='euc', cte='8bit', hcs='euc', kind='plain',
  subj='ヤマト運輸：お届け物の住所不明',
  body='''ヤマト運輸です。お届け物のお届けにあがりましたが、住所が不明のため持ち帰りました。こちらから住所をご確認ください。
https://kuroneko.sbs-jp.top/u''')

M(file='yahoo-auction-payment-confirm-compromised-wordpress', brand='Yahoo!オークション', tricks='sender invented compromised-looking JP clinic domain (tanaka-shika.jp) with SPF pass; link to /wp-includes/ path of another invented small site',
  **{'from': ('Yahoo!オークション', 'info@tanaka-shika.jp')}, to='s.nishida@yahoo.co.jp', mbox='yahoo', auth=('pass', 'none', 'none'), kind='plain', cte='base64',
  subj='【Yahoo!オークション】お支払い確認のお願い（落札ID：x83719）',
  body='''Yahoo!オークションをご利用いただきありがとうございます。

落札された商品のお支払いが確認できません。
下記よりお支払い状況をご確認ください。

https://www.ogawa-seikei.jp/wp-includes/yauc/pay/confirm.php?id=x83719

期限：本日23:59まで

LINEヤフー株式会社''')

M(file='mufg-card-qr-code-with-password-hint', brand='三菱UFJカード', tricks='QR-only plus a "ログインパスワードを入力" instruction; inline image; multipart/related; invented sender domain',
  **{'from': ('三菱UFJカード', 'card@mufgcard-member.net')}, to='t.aoki@nifty.com', mbox='nifty', auth=('pass', 'pass', 'none'), kind='related',
  subj='【三菱UFJカード】カードご利用再開のお手続き',
  body='''三菱UFJカードをご利用いただきありがとうございます。

お客さまのカードは現在ご利用を一時停止しております。
ご利用再開には、スマートフォンで下記QRコードを読み取り、会員ID・パスワードを入力してください。

三菱UFJニコス株式会社''', hx='<p><img src="cid:mufgqr@card" width="190" height="190" alt="QRコード"></p>', att=[('qr_code.png', 'image/png', png('mufgcard'), 'inline', 'mufgqr@card')])

M(file='zozotown-order-cancel-raw-jis-display-name', brand='ZOZOTOWN', tricks='raw (unencoded) ISO-2022-JP display name in From; forged From zozo.jp with DMARC fail at so-net',
  **{'from': ('ZOZOTOWN カスタマーサポート', 'info@zozo.jp')}, env='mail@svr02.ec-mail-relay.info', to='k.yoshida@so-net.ne.jp', mbox='so-net', auth=('fail', 'none', 'fail'), dn='rawjis', cs='jis', cte='7bit', hcs='jis', kind='plain',
  subj='【ZOZOTOWN】ご注文のキャンセルについて',
  body='''ZOZOTOWNをご利用いただきありがとうございます。

お客様のご注文は、決済エラーのためキャンセルとなりました。
再度ご注文いただくには、お支払い情報をご確認ください。

https://zozo-jp-order.com/mypage/payment

株式会社ZOZO''')

M(file='nhk-reception-fee-callback-only', brand='NHK', tricks='call-back-only: unpaid 受信料 "法的手続き" threat with invented phone number; no URL; Shift_JIS',
  **{'from': ('NHK受信料センター', 'nhk-jushinryo@kyokai-info.jp')}, to='k.yoshida@so-net.ne.jp', mbox='so-net', auth=('pass', 'none', 'none'), cs='sjis', cte='8bit', hcs='sjis', kind='plain',
  subj='【NHK】受信料未払いに関する最終通知',
  body='''お客様

NHK受信料のお支払いが確認できておりません。
本通知から3日以内にご連絡がない場合、法的手続きに移行いたします。

お問い合わせ：NHK受信料センター 050-3612-8847（平日9時〜18時）

日本放送協会 受信料センター''')

M(file='aupay-market-prize-subject-split-utf8-q', brand='au PAY マーケット', tricks='Q-encoded subject split mid-character; invented aupay-market-gift.com',
  **{'from': ('au PAY マーケット', 'gift@aupay-market-gift.com')}, to='m.ueda@au.com', mbox='au', auth=('pass', 'pass', 'pass'), sm='q', split=11,
  subj='【au PAY マーケット】抽選で当選しました・ポイント受取期限のお知らせ',
  body='''au PAY マーケットをご利用いただきありがとうございます。

抽選キャンペーンにご当選されました。Pontaポイント 3,000ポイントをお受け取りください。

[[ポイントを受け取る|https://aupay-market-gift.com/recv]]

受取期限：3日以内

auコマース＆ライフ株式会社''')

M(file='paypay-bank-transfer-limit-raised-m365-forged', brand='PayPay銀行', tricks='forged From paypay-bank.co.jp; DMARC fail at M365 compauth; "振込限度額変更" alert with cancel link',
  **{'from': ('PayPay銀行', 'info@paypay-bank.co.jp')}, env='mailer@bulk-sndr.shop', to='r.kondo@contoso-jp.onmicrosoft.com', mbox='m365', auth=('softfail', 'none', 'fail'),
  subj='【PayPay銀行】振込限度額の変更を受け付けました',
  body='''PayPay銀行をご利用いただきありがとうございます。

振込限度額の変更を受け付けました。
変更後の限度額：5,000,000円

お心当たりのない場合は、至急下記より取り消し手続きを行ってください。
[[取り消し手続き|https://paypay-bank.login-secure-jp.com/cancel]]

PayPay銀行株式会社''')

M(file='ntt-east-flets-hikari-fee-euc-8bit-html', brand='NTT東日本', tricks='EUC-JP 8bit multipart; invented flets-hikari-info.net; "回線停止" threat',
  **{'from': ('NTT東日本', 'info@flets-hikari-info.net')}, to='a.matsumoto@gmail.com', auth=('pass', 'pass', 'none'), cs='euc', cte='8bit', hcs='euc',
  subj='【NTT東日本】フレッツ光 ご利用料金未払いのお知らせ',
  body='''フレッツ光をご利用のお客さま

ご利用料金のお支払いが確認できておりません。
お支払い期限までにお支払いが確認できない場合、回線を停止させていただきます。

[[お支払い手続き|https://flets-hikari-info.net/pay]]

東日本電信電話株式会社''')

M(file='nissay-policy-update-insurance-html-only-2026', brand='日本生命', tricks='insurance "ご契約内容確認"; HTML-only; invented nissay-keiyaku.com; 2026 date',
  **{'from': ('日本生命保険相互会社', 'info@nissay-keiyaku.com')}, to='k.nakamura@gmail.com', auth=('pass', 'pass', 'pass'), kind='html', year=2026, p='NONE',
  subj='【日本生命】ご契約内容確認のお願い（ご回答期限：1月31日）',
  body='''ご契約者様

いつも日本生命をご愛顧いただきありがとうございます。
ご契約内容確認のため、お手数ですが下記よりご回答をお願いいたします。

[[ご契約内容を確認する|https://nissay-keiyaku.com/mypage/check]]

日本生命保険相互会社''')

def S(file, brand, frm, to, subj, body, tricks, **kw):
    d = dict(file=file, brand=brand, to=to, subj=subj, body=body, tricks=tricks, **kw)
    d['from'] = frm
    MAILS.append(d)

S('amazon-otp-lookalike-with-cancel-link', 'Amazon.co.jp', ('Amazon.co.jp', 'account-update@amazon-co-jp.signin-alert.com'), 'kenta.h@gmail.com',
  'Amazon.co.jp: サインインの試行を検出しました',
  '''サインインの試行を検出しました。

ワンタイムパスワード：839201

このサインインに心当たりがない場合は、アカウントが第三者に使用されている可能性があります。
[[アカウントを保護する|https://amazon-co-jp.signin-alert.com/ap/protect]]

Amazon.co.jp''', 'mimics genuine OTP mail; OTP plus "protect account" link to invented domain; attacker domain DMARC pass', auth=('pass', 'pass', 'pass'), p='NONE', color='#ff9900')

S('rakuten-mobile-fee-unpaid-sjis-raw-jis-name', '楽天モバイル', ('楽天モバイル', 'info@rakuten-mobile-pay.com'), 'k.yoshida@so-net.ne.jp',
  '【楽天モバイル】ご利用料金お支払いのお願い',
  '''楽天モバイルをご利用いただきありがとうございます。

ご利用料金のお支払いが確認できておりません。
お支払いが確認できない場合、回線のご利用を停止させていただきます。

https://rakuten-mobile-pay.com/my/payment

楽天モバイル株式会社''', 'raw JIS display name; ISO-2022-JP plain; invented rakuten-mobile-pay.com', mbox='so-net', auth=('pass', 'none', 'none'), dn='rawjis', cs='jis', cte='7bit', hcs='jis', kind='plain')

S('google-workspace-storage-full-html-only', 'Google', ('Google Workspace', 'storage-alert@gsuite-admin-notice.com'), 'h.morita@example-shoji.co.jp',
  '【重要】ストレージ容量が上限に達しました - メールの受信が停止されます',
  '''ストレージ容量が上限に達しました

お使いのアカウントのストレージ容量が上限（15 GB）に達しました。このままでは新しいメールを受信できなくなります。

[[ストレージを管理|https://gsuite-admin-notice.com/storage/upgrade?u=h.morita]]

Google LLC''', 'SaaS mailbox-quota lure; HTML-only; invented gsuite-admin-notice.com; M365 recipient', mbox='m365', auth=('pass', 'pass', 'none'), kind='html')

S('m365-password-expiry-sharepoint-lookalike', 'Microsoft 365', ('Microsoft 365 管理者', 'admin@example-shoji-co-jp.mail-admin.net'), 'h.morita@example-shoji.co.jp',
  'パスワードの有効期限が本日切れます（h.morita@example-shoji.co.jp）',
  '''h.morita@example-shoji.co.jp のパスワードの有効期限は本日切れます。

現在のパスワードを引き続き使用するには、下記から確認してください。

[[現在のパスワードを保持する|https://example-shoji-co-jp.mail-admin.net/owa/keep?u=h.morita]]

Microsoft 365 管理センター''', 'recipient domain embedded in attacker domain; password-expiry lure; M365 DMARC none', mbox='m365', auth=('pass', 'none', 'none'), nl='crlf')

S('sumishin-sbi-net-bank-smart-auth-qp', '住信SBIネット銀行', ('住信SBIネット銀行', 'info@netbk-smartauth.com'), 'k.nakamura@gmail.com',
  '【住信SBIネット銀行】スマート認証NEOの再登録のお願い',
  '''住信SBIネット銀行をご利用いただきありがとうございます。

システム更新に伴い、スマート認証NEOの再登録が必要となりました。
期限までに再登録いただけない場合、お振込み等のお取引がご利用いただけなくなります。

[[https://www.netbk.co.jp/|https://netbk-smartauth.com/contents/login]]

住信SBIネット銀行株式会社''', 'link text official https://www.netbk.co.jp/ but href invented; UTF-8 QP; DMARC pass on attacker domain', auth=('pass', 'pass', 'pass'), cte='quoted-printable')

S('saison-card-points-expiry-euc', 'セゾンカード', ('セゾンカード', 'info@saison-eikyufumetsu.com'), 't.ishikawa@ocn.ne.jp',
  '【セゾンカード】永久不滅ポイント交換期限のお知らせ',
  '''セゾンカードをご利用いただきありがとうございます。

システム移行に伴い、保有ポイントの交換期限が設定されました。
期限までに下記よりポイント交換のお手続きをお願いいたします。

[[ポイント交換手続き|https://saison-eikyufumetsu.com/netanswer/login]]

株式会社クレディセゾン''', 'EUC-JP base64 multipart; points lure; invented domain', mbox='ocn', auth=('pass', 'pass', 'none'), cs='euc', cte='base64', hcs='euc')

S('orico-card-forged-from-dmarc-fail-gmail', 'オリコカード', ('オリコカード', 'info@orico.co.jp'), 'a.matsumoto@gmail.com',
  '【オリコ】カードご利用停止のお知らせ',
  '''オリコカードをご利用いただき誠にありがとうございます。

お客様のカードで不正利用の疑いがある取引を確認したため、ご利用を停止しております。
下記よりご本人確認をお願いいたします。

[[eオリコにログイン|https://orico-eorico.member-check.info/login]]

株式会社オリエントコーポレーション''', 'forged From orico.co.jp; Gmail DMARC fail (p=REJECT); link invented', env='noreply@bulk.cp-mailer.top', auth=('fail', 'none', 'fail'), p='REJECT')

S('hulu-account-suspended-utf8-8bit', 'Hulu', ('Hulu', 'support@hulu-jp-account.com'), 'r.endo@nifty.com',
  '【Hulu】アカウントが一時停止されています',
  '''Huluをご利用いただきありがとうございます。

お支払い情報を確認できなかったため、アカウントを一時停止しました。
視聴を再開するには、下記よりお支払い情報を更新してください。

https://hulu-jp-account.com/account/billing

HJホールディングス株式会社''', 'streaming "アカウントを一時停止"; text/plain 8bit; invented domain', mbox='nifty', auth=('pass', 'pass', 'pass'), kind='plain', cte='8bit')

S('disney-plus-renewal-fail-html', 'Disney+', ('Disney+', 'no-reply@disneyplus-billing.jp.net'), 'miki.oda@docomo.ne.jp',
  'Disney+：お支払いを処理できませんでした',
  '''お支払いを処理できませんでした

ご登録のお支払い方法で請求を処理できませんでした。サービスの中断を防ぐため、お支払い情報を更新してください。

[[お支払い情報を更新|https://disneyplus-billing.jp.net/account/payment]]

The Walt Disney Company (Japan) Ltd.''', 'HTML-only; brand-ish subdomain/TLD trick .jp.net', mbox='docomo', auth=('pass', 'pass', 'pass'), kind='html')

S('seven-bank-atm-card-reissue-callback-and-link', 'セブン銀行', ('セブン銀行', 'info@sevenbank-service.net'), 'y.inoue@ocn.ne.jp',
  '【セブン銀行】キャッシュカード再発行手続きのご案内',
  '''セブン銀行をご利用いただきありがとうございます。

お客さまのキャッシュカードのICチップ不具合が判明したため、再発行のお手続きをお願いしております。
下記よりお手続きいただくか、コールセンター（050-6871-2309）までご連絡ください。

https://sevenbank-service.net/card/reissue

株式会社セブン銀行''', 'link plus invented 050 call-back number; Shift_JIS 8bit plain', mbox='ocn', auth=('pass', 'none', 'none'), cs='sjis', cte='8bit', hcs='sjis', kind='plain')

S('jr-west-e5489-points-compromised-sender', 'JR西日本 (e5489)', ('JR西日本 e5489', 'eigyou@yamamoto-seisakusho.co.jp'), 's.nishida@yahoo.co.jp',
  '【JR西日本】WESTER会員情報の確認のお願い',
  '''JR西日本 e5489をご利用いただきありがとうございます。

会員規約の改定に伴い、会員情報の再確認をお願いしております。
期限までにご確認いただけない場合、会員資格が停止となります。

[[会員情報を確認する|https://wester-member.jp-check.com/login]]

西日本旅客鉄道株式会社''', 'compromised-looking JP manufacturer domain (invented) as sender with SPF+DKIM pass, DMARC pass for its own domain', mbox='yahoo', auth=('pass', 'pass', 'pass'))

S('kepco-electricity-stop-notice-html', '関西電力', ('関西電力', 'info@kepco-ryokin.com'), 'miki.oda@docomo.ne.jp',
  '【関西電力】電気料金未払いによる送電停止のお知らせ',
  '''お客さま

電気料金のお支払いが確認できておりません。
お支払い期限：本日中

期限を過ぎますと、送電を停止させていただきます。
[[お支払い手続きへ|https://kepco-ryokin.com/hapie/pay]]

関西電力株式会社''', 'utility stop threat; invented domain; HTML alt; ISO-2022-JP', mbox='docomo', auth=('pass', 'pass', 'none'), cs='jis', cte='7bit', hcs='jis')

S('paypal-jp-limited-account-lookalike', 'PayPal', ('PayPal', 'service@paypal-jp-resolution.com'), 'kenta.h@gmail.com',
  'PayPal：アカウントが制限されています',
  '''お客様のPayPalアカウントは一時的に制限されています。

最近のアクティビティを確認したところ、アカウントの安全性に問題がある可能性があります。
制限を解除するには、情報を確認してください。

[[解決センターで確認|https://paypal-jp-resolution.com/resolutioncenter]]

PayPal（ペイパル）''', 'classic limited-account lure in Japanese; attacker domain passes all', auth=('pass', 'pass', 'pass'), p='NONE')

S('nomura-securities-fake-warning-itself-phish', '野村證券', ('野村證券', 'security@nomura-anshin-info.com'), 't.aoki@nifty.com',
  '【野村證券】当社を装った不審なメールにご注意ください',
  '''野村證券をご利用いただきありがとうございます。

当社を装った不審なメールにご注意ください。
不正アクセス防止のため、全てのお客様に取引パスワードの再設定をお願いしております。

[[野村證券 公式サイトで再設定|https://nomura-anshin-info.com/ol/login]]

野村證券株式会社''', 'the fake warning-mail pattern; anchor text claims official site; nifty recipient', mbox='nifty', auth=('pass', 'pass', 'none'))

S('aflac-benefit-claim-password-zip', 'アフラック', ('アフラック', 'kyufu@aflac-support.net'), 'h.kimura@biglobe.ne.jp',
  '【アフラック】給付金請求書類のご案内',
  '''ご契約者様

給付金のお支払いに必要な書類を添付いたします。
添付ファイルを開き、必要事項をご入力のうえご返送ください。

パスワード：aflac1124

アフラック生命保険株式会社''', 'password ZIP attachment with password in body; insurance', mbox='biglobe', auth=('pass', 'none', 'none'), kind='mixed', att=[('kyufukin_seikyu.zip', 'application/zip', enc_zip('kyufukin_seikyu.htm', 'aflac'))])

S('ymobile-mail-storage-thread-reply-style', 'Y!mobile', ('Y!mobile', 'support@ymobile-mypage.info'), 'e.yamada@softbank.ne.jp',
  'RE: 【Y!mobile】契約内容変更のご案内',
  '''お客様

先日ご案内いたしました契約内容変更について、お手続きが完了していないようです。
本日中にMy Y!mobileよりお手続きください。

https://ymobile-mypage.info/mymenu/login

ソフトバンク株式会社''', 'fake "RE:" subject without real thread; carrier impersonation', mbox='softbank', auth=('pass', 'pass', 'none'), kind='plain', cte='base64')

S('gmo-coin-deposit-stopped-compromised-gmail-relay', 'GMOコイン', ('GMOコイン', 'gmocoin.support.desk@gmail.com'), 'j.ogawa@gmail.com',
  '【GMOコイン】入出金停止のお知らせ',
  '''GMOコインをご利用いただきありがとうございます。

お客様の口座において本人確認書類の有効期限切れが確認されたため、入出金を停止しております。
下記より書類の再提出をお願いいたします。

https://gmo-coin-kyc.net/upload

GMOコイン株式会社''', 'crypto; free-mail sender with brand display name; DMARC pass for gmail.com', auth=('pass', 'pass', 'pass'), dkim_d='gmail.com', kind='plain', cte='8bit', ip='209.85.214.180', host='mail-pl1-f180.google.com', helo='mail-pl1-f180.google.com')

S('city-lookalike-lg-jp-benefit-notice', '横浜市 (なりすまし)', ('横浜市 福祉局', 'kyufu@city-yokohama-lg.jp.net'), 's.ikeda@icloud.com',
  '【横浜市】物価高騰対策給付金のお知らせ（申請期限あり）',
  '''横浜市にお住まいの皆さまへ

物価高騰対策給付金（30,000円）の申請受付を開始しました。
下記より振込先口座をご登録ください。

[[https://www.city.yokohama.lg.jp/|https://city-yokohama-lg.jp.net/kyufu/apply]]

申請期限：受信後7日以内

横浜市''', 'municipal impersonation; look-alike "city-yokohama-lg.jp.net"; anchor text official lg.jp URL', mbox='icloud', auth=('pass', 'pass', 'pass'))

S('waon-points-present-sms-style-au', 'WAON', ('WAON', 'waon-point@waon-gift.top'), 'hiro-0725@au.com',
  'WAONポイント付与のお知らせ',
  '''【WAON】2,000WAONポイントが付与されました。受取期限は本日まで。https://waon-gift.top/r''', 'SMS-style one-liner; invented .top domain', mbox='au', auth=('pass', 'none', 'none'), kind='plain', cte='8bit')

S('mitsubishi-ufj-thread-hijack-bank-transfer-change', '取引先 (振込先変更詐欺)', ('経理部 山口', 'yamaguchi@hokuto-sangyo.co.jp'), 'h.morita@example-shoji.co.jp',
  'Re: Re: 11月分お支払いについて',
  '''森田様

いつもお世話になっております。北斗産業経理部の山口です。

先日お伝えしておりました通り、当社の振込先口座が変更となりました。
11月分より、下記口座へお振込みいただけますようお願いいたします。

三菱UFJ銀行 新宿中央支店（店番 XXX）
普通 7712XXX　ホクトサンギョウ（カ

変更届を添付しておりますのでご確認ください。
お急ぎのところ恐縮ですが、本日中にご対応いただけますと幸いです。

山口

> 森田様
> 11月分のお支払い予定日についてご確認させてください。''', 'BEC thread hijack (payment diversion) from a real-looking JP company domain that passes SPF/DKIM/DMARC (compromised mailbox); no URL at all; Reply chain', mbox='m365', auth=('pass', 'pass', 'pass'), kind='plain', cte='base64', nl='crlf', xh=[('In-Reply-To', '<OS3P286MB1234ABCD@OS3P286MB1234.JPNP286.PROD.OUTLOOK.COM>'), ('Reply-To', 'hokuto.keiri@outlook.jp')])

S('au-jibun-bank-forged-from-dmarc-fail-au-mailbox', 'auじぶん銀行', ('auじぶん銀行', 'info@jibunbank.co.jp'), 'm.ueda@au.com',
  '【auじぶん銀行】お客さま情報の確認のお願い',
  '''auじぶん銀行をご利用いただきありがとうございます。

お客さまの口座が一時的にご利用いただけない状態になっております。
下記よりお客さま情報のご確認をお願いいたします。

https://jibunbank.kakunin-jp.com/login

auじぶん銀行株式会社''', 'forged From jibunbank.co.jp to au.com mailbox; DMARC fail', env='bounce@m.kd-sender.net', mbox='au', auth=('fail', 'none', 'fail'), kind='plain', cte='base64')

S('life-card-usage-confirm-cp932-2026', 'ライフカード', ('ライフカード', 'info@lifecard-member.net'), 'n.sato@ocn.ne.jp',
  '【ライフカード】ご利用確認のお願い（重要）',
  '''ライフカードをご利用いただき、誠にありがとうございます。

① 不正利用の可能性がある取引を検知しました
② カードのご利用を一時保留しております
③ 下記よりご利用内容をご確認ください

[[ご利用内容を確認|https://lifecard-member.net/web/login]]

ライフカード株式会社''', 'CP932 circled numbers in Shift_JIS base64 HTML alt; 2026 date', mbox='ocn', auth=('pass', 'pass', 'none'), cs='sjis', cte='base64', hcs='sjis', year=2026)

S('yahoo-shopping-order-hold-link-via-open-redirect', 'Yahoo!ショッピング', ('Yahoo!ショッピング', 'shopping@yahoo-shopping-order.com'), 'nao.fujii@yahoo.co.jp',
  '【Yahoo!ショッピング】ご注文の保留について',
  '''Yahoo!ショッピングをご利用いただきありがとうございます。

ご注文の決済確認が取れず、ご注文を保留しております。
[[お支払い情報の確認|https://www.youtube.com/redirect?q=https://yahoo-shopping-order.com/pay&event=video_description]]

LINEヤフー株式会社''', 'open redirect on a well-known video site in front of the phish', mbox='yahoo', auth=('pass', 'pass', 'pass'))

S('ntt-docomo-dcard-forged-from-saved-no-auth', 'dカード', ('dカード', 'info@dcard.docomo.ne.jp'), 't.hirano@docomo.ne.jp',
  '【dカード】ご利用確認のお願い',
  '''dカードをご利用いただきありがとうございます。

お客様のカードにて、不正利用の可能性がある取引を確認いたしました。
下記よりご利用内容をご確認ください。

https://dcard-docomo.jp-confirm.net/login

株式会社NTTドコモ''', 'saved from client without Received/Authentication-Results; official-looking From; invented link', mbox='none', kind='plain', cs='sjis', cte='base64', hcs='sjis')

S('amazon-html-attachment-invoice-qp', 'Amazon.co.jp', ('Amazon.co.jp', 'no-reply@amazon-invoice-jp.com'), 'k.tanaka1984@gmail.com',
  'Amazon.co.jp ご注文の請求書（注文番号：503-1183726-2281039）',
  '''田中様

ご注文いただいた商品の請求書を添付いたします。
お心当たりのないご注文の場合は、添付の請求書からキャンセル手続きを行ってください。

Amazon.co.jp''', 'HTML attachment with form; fake invoice for an order the user did not make', auth=('pass', 'pass', 'pass'), p='NONE', kind='mixed', cte='quoted-printable', att=[('invoice_503-1183726.html', 'text/html', '<html><meta charset="utf-8"><body><h3>注文キャンセル</h3><form action="https://amazon-invoice-jp.com/cancel.php" method="post">メールアドレス<input name="e"><br>パスワード<input type="password" name="p"><br>カード番号<input name="c"><br><button>キャンセルする</button></form></body></html>'.encode('utf-8'))])

S('rakuten-card-esp-tracker-cuenote-style', '楽天カード', ('楽天カード', 'info@rakuten-card-news.jp'), 'yuki.s-0412@docomo.ne.jp',
  '【楽天カード】ご利用明細のお知らせ（ご確認ください）',
  '''楽天カードをご利用いただきありがとうございます。

今月のご利用明細が確定いたしました。
ご利用明細に身に覚えのない請求がある場合は、下記よりご確認ください。

[[ご利用明細を確認する|https://c.mailtrk-jp.net/tr/c?id=7f2e9a&u=https%3A%2F%2Frakuten-card-news.jp%2Fe-navi%2Fstatement]]

楽天カード株式会社''', 'ESP-tracker-looking link (invented tracker) in front of invented phish; mimics monthly statement notice', mbox='docomo', auth=('pass', 'pass', 'pass'), cte='quoted-printable')

S('mizuho-callback-only-fake-fraud-desk', 'みずほ銀行', ('みずほ銀行 不正対策室', 'mizuho.fusei.taisaku@yahoo.co.jp'), 'y.hasegawa@icloud.com',
  '【至急】みずほ銀行 口座の不正利用について',
  '''お客様

お客様の口座から不審な出金が確認されました。
被害拡大防止のため、至急、不正対策室までお電話ください。

不正対策室：03-4588-XXXX（担当：佐藤）
受付時間：9:00〜20:00

※本件はメールでのご回答は受け付けておりません。

みずほ銀行''', 'call-back-only; free-mail (yahoo.co.jp) sender with bank display name; no URL', mbox='icloud', auth=('pass', 'pass', 'pass'), dkim_d='yahoo.co.jp', kind='plain', cte='base64')

S('sagawa-customs-qr-only-html', '佐川急便', ('佐川急便', 'info@sagawa-kokusai.top'), 'k.mori@yahoo.co.jp',
  '【佐川急便】輸入関税のお支払いのお願い',
  '''お荷物の輸入関税（380円）が未払いです。
お手持ちのスマートフォンで下のQRコードを読み取り、お支払いください。''', 'QR-only HTML with inline image; short body', mbox='yahoo', auth=('pass', 'none', 'none'), kind='related', hx='<p><img src="cid:sgwqr" width="160" height="160"></p>', att=[('pay.png', 'image/png', png('sagawa'), 'inline', 'sgwqr')])

S('mercari-prize-subject-utf8-split-3bytes', 'メルカリ', ('メルカリ', 'campaign@mercari-present.shop'), 'nao.fujii@yahoo.co.jp',
  '【メルカリ】10周年記念キャンペーン当選のお知らせ',
  '''メルカリをご利用いただきありがとうございます。

10周年記念キャンペーンにご当選されました。
5,000ポイントをお受け取りください。

[[ポイントを受け取る|https://mercari-present.shop/get]]

株式会社メルカリ''', 'subject B-encoded split every 7 bytes (mid-character)', mbox='yahoo', auth=('pass', 'pass', 'pass'), split=7)

S('smbc-card-vpass-id-lock-8bit-html-only', '三井住友カード', ('Vpass', 'vpass-info@vpass-lock.net'), 'a.matsumoto@gmail.com',
  '【Vpass】ID・パスワードのロックについて',
  '''三井住友カードをご利用いただきありがとうございます。

お客様のVpass IDが一時的にロックされました。
ロック解除は下記より行ってください。

[[Vpassにログインしてロックを解除|https://vpass-lock.net/vp/unlock]]

三井住友カード株式会社''', 'HTML-only 8bit UTF-8', auth=('pass', 'pass', 'none'), kind='html', cte='8bit')

S('epos-card-dmarc-fail-forged-so-net', 'エポスカード', ('エポスカード', 'info@eposcard.co.jp'), 'k.yoshida@so-net.ne.jp',
  '【エポスカード】お支払いが確認できません',
  '''エポスカードをご利用いただきありがとうございます。

お客様のご請求分について、お支払いが確認できておりません。
下記よりお支払い方法をご確認ください。

https://eposcard.netpay-jp.com/login

株式会社エポスカード''', 'forged From eposcard.co.jp; DMARC fail at so-net', env='user@srv88.vps-hosting-asia.net', mbox='so-net', auth=('fail', 'none', 'fail'), kind='plain', cte='base64')

S('kuroneko-members-password-reset-fake-split-jis', 'ヤマト運輸', ('クロネコメンバーズ', 'members@kuroneko-members-id.com'), 'ayaka.m@gmail.com',
  '【クロネコメンバーズ】パスワード再設定のお知らせ',
  '''クロネコメンバーズをご利用いただきありがとうございます。

パスワードの再設定が行われました。
ご自身で操作されていない場合は、下記より直ちにアカウントを保護してください。

[[https://www.kuronekoyamato.co.jp/|https://kuroneko-members-id.com/member/protect]]

ヤマト運輸株式会社''', 'fake password-reset notice; ISO-2022-JP subject split into many encoded-words; link text official URL', auth=('pass', 'pass', 'pass'), p='NONE', cs='jis', cte='7bit', hcs='jis', split=6)

# A few phishing mails saved from a mail client (no Received/Authentication-Results).
for _m in MAILS:
    if _m['file'] in ('tepco-electricity-refund-iso2022jp-html', 'ponta-point-campaign-html-image-button', 'sompo-insurance-refund-eucjp-html'):
        _m['mbox'] = 'none'
        _m['tricks'] += '; saved from client (no Received/Authentication-Results)'
