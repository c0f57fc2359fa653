# Extra hard genuine and 2025-26 phishing
from common import P, G, forged, own, esp, NOAUTH, page, a

R1 = ('佐藤 美咲', 'misaki.sato@example.jp')
R2 = ('', 'k-suzuki@example.jp')
R3 = ('高橋 健一', 'takahashi.kenichi@example.jp')
R4 = ('山田 太郎', 'yamada.taro@example.jp')

G('google-security-alert-genuine', 'Google', ('Google', 'no-reply@accounts.google.com'),
  'セキュリティ通知', None,
  html=page('新しいデバイスでログインがありました', ['misaki.sato@example.jp', 'Windows デバイスで Google アカウントへの新しいログインがありました。', '心当たりがない場合は、アカウントを保護するための手順をご確認ください。'],
      'アクティビティを確認', 'https://accounts.google.com/AccountChooser?Email=misaki.sato@example.jp&continue=https://myaccount.google.com/alert/nt/1730', color='#1a73e8',
      footer='このメールは、Google アカウントとサービスの重要な変更についてお知らせするために送信されました。\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA'),
  to=R1, auth=own('gmail', mailfrom='accounts.google.com', dkimd='accounts.google.com'), tricks='HARD genuine security alert with action button')
G('m365-quarantine-genuine', 'Microsoft', ('Microsoft 365 Security', 'quarantine@messaging.microsoft.com'),
  'Microsoft 365 の検疫済みメッセージがあります (1)', None,
  html=page('検疫されたメッセージの確認', ['次のメッセージは迷惑メールの可能性があるため検疫されました。',
      '送信者: info@rakuten-card.co.jp-e-navi.members-login.shop\n件名: 【楽天カード】カードご利用内容の確認', 'このメッセージに心当たりがない場合は、何もする必要はありません。'],
      '確認', 'https://security.microsoft.com/quarantine?id=8f2a1c&recipient=k-suzuki@example.jp', color='#0078d4'),
  to=R2, auth=own('m365', mailfrom='messaging.microsoft.com', dkimd='messaging.microsoft.com'),
  tricks='HARD genuine quarantine digest quoting a phishing sender and subject; messaging.microsoft.com from memory')
G('npo-mailchimp-newsletter', 'NPO', ('NPO法人 こどもの森', 'info@kodomo-no-mori.example.org'),
  'こどもの森 通信 Vol.42 年末募金のお願い', None,
  html=page('年末募金のお願い', ['いつもご支援ありがとうございます。', '冬休みの子ども食堂の運営のため、年末募金にご協力ください。クレジットカード・PayPayでご寄付いただけます。'],
      '寄付する', 'https://kodomo-no-mori.us21.list-manage.com/track/click?u=8f2a&id=31c9&e=77d1', color='#2e7d32',
      footer='配信停止 | 登録情報の更新\nNPO法人 こどもの森'),
  to=R3, hdrs=['List-Unsubscribe: <https://kodomo-no-mori.us21.list-manage.com/unsubscribe?u=8f2a&id=31c9>'],
  auth=esp('gmail', 'mail123.atl41.mcsv.net', 'kodomo-no-mori.example.org'),
  tricks='genuine NPO newsletter via Mailchimp (mcsv.net return-path, list-manage.com tracker) asking donations by card/PayPay')
G('rakuten-login-alert-genuine', '楽天', ('楽天会員サービス', 'member@rakuten.co.jp'),
  '【楽天会員】ログインのお知らせ',
  '高橋 健一 様\n\n楽天会員ログインが行われました。\n日時: 2026/11/06 23:02\nアクセス元: Chrome / Windows\n\n'
  'お心当たりがない場合は、ただちにパスワードを変更し、2段階認証を設定してください。\nhttps://my.rakuten.co.jp/\n',
  cte='qp', to=R3, auth=own('gmail', mailfrom='rakuten.co.jp', dkimd='rakuten.co.jp'), tricks='HARD genuine login alert; local part UNVERIFIED')
G('user-fwd-yamato-to-self', 'ヤマト運輸', ('高橋 健一', 'k.takahashi.0715@gmail.com'),
  'Fwd: お届け予定eメール',
  '(会社のアドレスに転送)\n\n---------- Forwarded message ---------\nFrom: ヤマト運輸 <mail@kuronekoyamato.co.jp>\nDate: 2026年11月7日(金) 9:03\n'
  'Subject: お届け予定eメール\n\n高橋 健一 様\nお荷物のお届け予定をお知らせします。\n送り状番号: 4391-7702-1185\nお届け予定日時: 11月7日 18時～20時\n',
  cte='base64', to=R3, auth=own('gmail', mailfrom='gmail.com', dkimd='gmail.com'), tricks='genuine forwarded by the user from Gmail to work address')
G('city-mynumber-card-genuine', '市役所', ('川崎市 区役所 市民課', 'mynumber@city.kawasaki.lg.jp'),
  'マイナンバーカード交付予約の確定のお知らせ',
  '山田 太郎 様\n\nマイナンバーカードの交付予約が確定しました。\n来庁日時: 12月2日(火) 10:30\n場所: 中原区役所 2階 市民課\n\n'
  '持ち物: 交付通知書、本人確認書類、通知カード\n暗証番号は窓口で設定していただきます。メールや電話で暗証番号をお聞きすることはありません。\n',
  cs='iso-2022-jp', to=R4, auth=own('isp', mailfrom='city.kawasaki.lg.jp', dkimd='city.kawasaki.lg.jp'),
  tricks='genuine municipal mail about マイナンバーカード and 暗証番号; address UNVERIFIED')
G('sagawa-genuine-smart-club', '佐川急便', ('佐川急便', 'info@sagawa-exp.co.jp'),
  '【佐川急便】お届け予定のお知らせ',
  '佐藤 美咲 様\n\nスマートクラブにご登録のお客様へお届け予定のお知らせです。\nお問い合わせ送り状No: 3608-1190-4472\nお届け予定日: 11月9日\n'
  '日時変更: https://www.sagawa-exp.co.jp/smartclub/\n',
  cte='base64', to=R1, auth=own('m365', mailfrom='sagawa-exp.co.jp', dkimd='sagawa-exp.co.jp'), tricks='genuine; sender UNVERIFIED')
G('bookstore-order-euc', '地元の店', ('古書 あおい堂', 'aoido@aoido-books.example.jp'),
  'ご注文の古書の発送について',
  '高橋 健一 様\n\n古書あおい堂です。ご注文の『日本の民家』(昭和40年初版)を本日ゆうパックで発送しました。\n'
  'お問い合わせ番号: 1234-5678-9012\n代金 3,800円 は同封の払込票にてゆうちょ銀行またはコンビニでお支払いください。\n',
  cs='euc-jp', to=R3, auth=NOAUTH, tricks='old shop EUC-JP, no auth results; names ゆうパック/ゆうちょ')
P('kyoukai-kenpo-shikaku', '協会けんぽ', ('全国健康保険協会', 'info@kenpo-shikaku.jp'),
  '【協会けんぽ】資格確認書の発行手続きについて',
  '被保険者様\n\n健康保険証の廃止に伴い、資格確認書の発行手続きが必要です。\n手続きを行わない場合、医療機関で10割負担となります。\n'
  '手続き: https://kenpo-shikaku.jp/apply (マイナンバーとカード情報をご用意ください)\n',
  cs='iso-2022-jp', to=R4, auth=own('isp'), tricks='2025 保険証廃止 / 資格確認書 lure; 10割負担 threat')
P('vpass-abused-sendgrid', '三井住友カード', ('三井住友カード', 'info@smbc-vpass-info.jp'),
  '【三井住友カード】ご利用明細確定のお知らせ', None,
  html=page('ご利用明細確定のお知らせ', ['いつも三井住友カードをご利用いただきありがとうございます。', 'ご利用明細をVpassでご確認ください。'], 'Vpassにログイン',
      'https://u9921.ct.sendgrid.net/ls/click?upn=u001.smbcVpassFake', shown='https://www.smbc-card.com/mem/index.jsp', color='#004c2f'),
  to=R1, auth=esp('gmail', 'em8812.smbc-vpass-info.jp', 'sendgrid.net'),
  tricks='abused ESP (SendGrid) click tracker with official URL as link text; DKIM by sendgrid.net only, look-alike From')
P('amazon-html-entity-hidden', 'Amazon', ('Amazon.co.jp', 'store-news@amazon-jp.shop'),
  'お客様のアカウントは停止されました', None,
  html='<html><body><p>Amazonをご利用のお客様</p><p style="display:none">ご注文ありがとうございます 配送 発送 ご案内</p>'
       '<p>お支払いの問題により、Amazonアカウントがロックされています。</p>'
       '<p><a href="https://amazon-jp.shop/&#97;p/signin">&#x68;ttps://www.amazon.co.jp/ap/signin</a></p></body></html>',
  cte='qp', to=R3, auth=own('m365'), tricks='hidden text padding; HTML entities in href and link text showing official URL; .shop look-alike')
P('jcb-phone-sms-number', 'JCB', ('JCBカード', 'jcb-support@jcb-co-jp.com'),
  '【JCB】カードご利用の確認(要返信)',
  'JCBカード会員様\n\n海外で高額利用(￥238,000)が確認されました。ご本人のご利用でない場合は、下記番号に至急お電話ください。\n'
  'JCB不正利用対策室: 050-5212-8830\n',
  cs='shift_jis', cte='qp', to=R2, auth=own('gmail'), tricks='call-back scam, Shift_JIS QP, hyphen look-alike jcb-co-jp.com')
P('ekinet-zero-width-domain', 'えきねっと', ('えきねっと', 'info@eki-net.com.user-confirm.help'),
  '【えきねっと】アカウント異常通知',
  'えきねっとのアカウントが遠隔地にログインしていることを発見しました。\n情報を更新してください。\nhttps://eki-net.com.user-confirm.help/\n',
  cte='8bit', to=R4, auth=own('isp'), tricks='official domain as prefix of .help; subject from JR East\'s list of fakes; odd Japanese (ログインしていることを発見)')
