# Amazon, cards, payment apps
from common import P, G, forged, own, esp, NOAUTH, page, a

R1 = ('佐藤 美咲', 'misaki.sato@example.jp')
R2 = ('', 'k-suzuki@example.jp')
R3 = ('高橋 健一', 'takahashi.kenichi@example.jp')

# ------------------------------------------------------------------ Amazon
P('amazon-prime-payment-lookalike', 'Amazon', ('Amazon.co.jp', 'no-reply@amazon-co-jp.support-center.icu'),
  '【重要】Amazonプライム会費のお支払い方法に問題があります', None,
  html=page('Amazonプライム会費のお支払い', [
      'お客様', 'Amazonプライムの会費のお支払いに使用されたクレジットカードが承認されませんでした。',
      '有効なクレジットカードが登録されていません。24時間以内にお支払い情報を更新いただけない場合、プライム特典のご利用が停止されます。'],
      'お支払い情報を更新する', 'https://amazon-co-jp.support-center.icu/ap/signin?openid=prime',
      footer='© 1996-2026, Amazon.com, Inc. or its affiliates', color='#f90'),
  to=R2, auth=own('gmail'), tricks='lookalike sender passing own SPF/DKIM; brand in subdomain-ish name; 24h deadline; generic addressee')
P('amazon-account-locked-machine-jp', 'Amazon', ('Amazon', 'account-update@kanazawa-kougyou.co.jp'),
  '[重要]:[あなたのAmazon.co.jp は一時的にロックされています]',
  'Amazon.co.jp\n\nあなたのアカウントからの異常な活動を検出したため、あなたのAmazonIDはロックされました。\n'
  '永久ロックを避けるため、72時間以内に情報をご確認ください。\nあなたの関心事をありがとう。\n\n'
  'アカウントを確認する: https://bit.ly/3amzn-jp-check\n\nAmazon.co.jp カスタマーサービス\n',
  cs='utf-8', cte='qp', to=R1, auth=own('m365'),
  tricks='compromised unrelated Japanese company sender, full pass; machine-translated Japanese (あなたの関心事をありがとう); bit.ly shortener; 72h/永久ロック threats')
P('amazon-order-cancel-callback', 'Amazon', ('Amazonカスタマーサービス', 'amazon.jp.cs.center@gmail.com'),
  'ご注文の確認 #503-8841207-3319655 (iPhone 17 Pro Max ×2)',
  'お客様\n\nこの度はAmazon.co.jpをご利用いただきありがとうございます。\n以下のご注文を承りました。\n\n'
  '注文番号: 503-8841207-3319655\n商品: Apple iPhone 17 Pro Max 1TB ×2\nご請求額: ￥498,760\n\n'
  'このご注文に心当たりがない場合は、24時間以内に下記サポートセンターまでお電話ください。\n'
  'キャンセル受付: 050-3188-4471(24時間対応)\n\nAmazon.co.jp\n',
  cte='8bit', to=R3, auth=own('gmail'), tricks='free mail (gmail.com); refund/cancel call-back scam, no link; big fake order')
P('amazon-forged-official-dmarc-fail', 'Amazon', ('Amazon.co.jp', 'account-update@amazon.co.jp'),
  'Amazon.co.jp: お支払い方法の情報を更新してください', None,
  html=page('お支払い方法の更新', ['こんにちは、', 'お客様のアカウントに登録されているお支払い方法で、プライム会費のご請求ができませんでした。',
      'ご注文の処理を続けるには、お支払い情報を確認してください。確認が取れない場合、アカウントは停止されます。'],
      href='http://203.0.113.45/amazon/ap/signin', shown='https://www.amazon.co.jp/gp/css/account/payment',
      footer='Amazon.co.jp\n1 Infinite Loop, Cupertino, CA 95014', color='#f90'),
  to=R2, auth=forged('gmail', mf='mx12.bizmail-relay.cn'), tricks='forged official From, SPF fail DMARC fail p=REJECT; link text shows official URL, href IP; Apple address in Amazon footer')
P('amazon-sms-style-no-subject', 'Amazon', ('', 'nobuko0412@docomo.ne.jp'), '',
  '【Amazon】お客様のアカウントで不正な購入が確認されました。確認はこちら https://amzn-jp.security-alert.top/s/8kd\n',
  cte='8bit', subj='none', to=R1, auth=own('isp', mailfrom='docomo.ne.jp'),
  tricks='SMS-style, no Subject header, carrier mailbox (docomo.ne.jp); brand in look-alike .top domain')
P('amazon-gift-return-zero-width', 'Amazon', ('A\u200bm\u200ba\u200bz\u200bo\u200bn', 'info@amazon-gift-jp.com'),
  '【A\u200bmazon】ギフト券 5,000円分の返金手続きのご案内', None,
  html=page('返金手続きのご案内', ['お客様各位', 'システム障害により二重請求が発生したため、Amazonギフト券5,000円分を返金いたします。',
      '受け取りにはアカウント情報とご登録のカード情報の確認が必要です。本日中にお手続きください。'],
      '返金を受け取る', 'https://amazon-gift-jp.com/refund/login', color='#f90'),
  to=R3, auth=own('m365'), tricks='zero-width spaces in display name and subject; look-alike domain amazon-gift-jp.com passing; refund lure')
G('amazon-order-confirm', 'Amazon', ('Amazon.co.jp', 'auto-confirm@amazon.co.jp'),
  'Amazon.co.jpでのご注文 「パナソニック 電動歯ブラシ...」',
  'Amazon.co.jpをご利用いただき、ありがとうございます。\n佐藤 美咲 様\n\nご注文を承りました。商品の発送準備が整い次第、お知らせいたします。\n\n'
  '注文番号: 250-6617302-4478213\nお届け予定: 10月14日 火曜日\nお届け先: 佐藤 美咲 様 東京都世田谷区…\n\n'
  'パナソニック 電動歯ブラシ ドルツ EW-DP58  ￥18,280\n注文合計: ￥18,280\n\n'
  '注文の詳細: https://www.amazon.co.jp/gp/css/order-details?orderID=250-6617302-4478213\n\n'
  'このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。\n',
  to=R1, auth=own('gmail', mailfrom='amazon.co.jp', dkimd='amazon.co.jp'), tricks='genuine order confirmation; sender per seed list (amazon.co.jp)')
G('amazon-otp-genuine', 'Amazon', ('Amazon.co.jp', 'account-update@amazon.co.jp'),
  'Amazon.co.jp: サインインしようとしています',
  'Amazon.co.jpのアカウントにサインインしようとしています。\n\n以下のワンタイムパスワードを入力してください。\n\n  482913\n\n'
  'このワンタイムパスワードの有効期限は10分です。\nサインインしようとしていない場合は、このコードを誰にも教えず、パスワードを変更してください。\n'
  'Amazon.co.jpは、お客様のパスワード、クレジットカード番号をお尋ねすることはありません。\n',
  cte='qp', to=R2, auth=own('m365', mailfrom='amazon.co.jp', dkimd='amazon.co.jp'),
  tricks='genuine OTP mail worded like the lure (seed: only auth and links can tell); mentions password change')
G('amazon-prime-card-fail-genuine', 'Amazon', ('Amazon.co.jp', 'prime@amazon.co.jp'),
  'Amazonプライム: お支払い方法の更新が必要です', None,
  html=page('Amazonプライム会費のお支払い', ['高橋 健一 様', 'Amazonプライム会費 ￥600 のお支払いに使用されたクレジットカード(末尾 4411)の有効期限が切れているため、お支払いを完了できませんでした。',
      '有効なクレジットカードが登録されていません。アカウントサービスからお支払い方法を更新してください。お手続きいただけない場合、プライム会員特典がご利用いただけなくなります。'],
      'お支払い方法を更新する', 'https://www.amazon.co.jp/gp/primecentral?ref_=pe_mail_payfail', color='#f90',
      footer='Amazon.co.jp のアカウント設定から配信を管理できます。\nAmazon.co.jp'),
  to=R3, auth=own('gmail', mailfrom='bounces.amazon.co.jp', dkimd='amazon.co.jp'),
  tricks='HARD genuine: real payment failure, same wording as phishing (seed), link to www.amazon.co.jp; local part prime@ unverified')
G('amazon-fwd-from-mother', 'Amazon', ('佐藤 和子', 'kazuko.sato1955@yahoo.co.jp'),
  'Fwd: Amazon.co.jp ご注文の発送',
  '美咲へ\nこれ、お父さんが頼んだ加湿器みたい。ヤマトで来るって。明日受け取れる?\n母\n\n'
  '----- Forwarded Message -----\nFrom: "Amazon.co.jp" <shipment-tracking@amazon.co.jp>\nTo: kazuko.sato1955@yahoo.co.jp\n'
  'Date: 2026/10/18 15:02\nSubject: Amazon.co.jp ご注文の発送\n\nご注文の商品を発送しました。\n配送業者: ヤマト運輸  お問い合わせ伝票番号: 4391-2207-5518\n'
  '配送状況の確認: https://www.amazon.co.jp/progress-tracker/package?orderId=249-1130842-0921466\n',
  cte='8bit', to=R1, auth=own('gmail', mailfrom='yahoo.co.jp', dkimd='yahoo.co.jp'),
  tricks='genuine forward from family (Yahoo! mail), Fwd:, mentions ヤマト運輸')

# ------------------------------------------------------------------ 三井住友カード
P('smbc-card-payment-amount', '三井住友カード', ('三井住友カード', 'info@vpass-smbc-card.com'),
  '【三井住友カード】お支払い金額のお知らせ', None,
  html=page('お支払い金額確定のお知らせ', ['いつも三井住友カードをご利用いただきありがとうございます。',
      '今月のお支払い金額が確定しました。ご利用明細はVpassにログインのうえご確認ください。',
      'ご利用金額: 87,420円\nお支払日: 10月27日'], 'Vpassにログイン',
      'https://vpass-smbc-card.com/vpass/login', footer='三井住友カード株式会社', color='#004c2f'),
  to=R1, auth=own('gmail'), tricks='look-alike sender vpass-smbc-card.com passing; calm "お支払い金額" lure without threats (2025 trend); no handle name')
P('smbc-card-vpoint-expiry-compromised', '三井住友カード', ('Vpass', 'noreply@clinic-hanamizuki.jp'),
  'Vポイント有効期限が迫っています。お早めにご利用ください',
  '三井住友カード会員様\n\nお客様の保有する40,000ポイントが2026年11月30日に有効期限切れとなります。\n'
  'ポイントの交換は以下よりお手続きください。\nhttps://storage.googleapis.com/vpoint-exchange/index.html\n\n三井住友カード株式会社\n',
  cte='qp', to=R2, auth=own('m365'), tricks='compromised clinic sender passing; Vポイント expiry lure; Google Cloud storage hosting')
P('smbc-card-forged-dmarc-isp', '三井住友カード', ('三井住友カード', 'info@contact.vpass.ne.jp'),
  '【重要】ご利用確認のお願い(安心利用制限サービス)', None,
  html=page('カードご利用確認のお願い', ['お客様のカードに第三者による不正利用の可能性がある取引を検知したため、安心利用制限サービスによりカードのご利用を一時的に制限しております。',
      '下記よりご本人様確認をお願いいたします。'], 'ご利用確認はこちら',
      'https://www.smbc-card.com.riyou-kakunin.xyz/mem/', shown='https://www.smbc-card.com/mem/', color='#004c2f'),
  to=R3, auth=forged('isp', mf='mail.riyou-kakunin.xyz'), tricks='forged official From (contact.vpass.ne.jp) SPF softfail DMARC fail, ISP format; brand host as subdomain of .xyz; link text official')
P('smbc-card-qr-only', '三井住友カード', ('SMBC CARD', 'support@smbc-cards.jp'),
  'ご本人様確認のご案内', None,
  html='<html><body><p>三井住友カードをご利用のお客様へ</p><p>セキュリティ強化のため、スマートフォンで下記の二次元コードを読み取り、ご本人様確認を行ってください。</p>'
       '<p><img src="cid:qrsmbc@mail" width="180"></p><p>期限: 受信から48時間</p></body></html>',
  qr=True, to=R2, auth=own('gmail'), tricks='QR-only lure (inline PNG), look-alike smbc-cards.jp, no link')
P('smbc-card-3ds-jis', '三井住友カード', ('三井住友カード', 'vpass@smbc-card.vpass-secure.ne.jp.qwx.cn'),
  '【三井住友カード】3Dセキュア(本人認証サービス)の登録が必要です',
  '■三井住友カード会員様■\n\n2026年10月より、ネットショッピングの際に3Dセキュアによる本人認証が必須となりました。\n'
  '未登録の方はカードがご利用いただけなくなりますので、下記より登録をお願いいたします。\n\n'
  'http://smbc-card.vpass-secure.ne.jp.qwx.cn/3ds/\n\n①カード番号 ②有効期限 ③セキュリティコード をご用意ください。\n\n三井住友カード株式会社\n',
  cs='iso-2022-jp', to=R3, auth=own('isp'), tricks='fake .ne.jp hierarchy under .cn; ISO-2022-JP with NEC row-13 ①②③; 3Dセキュア mandatory lure (real 2025 policy reused)')
G('smbc-card-meisai-tracker', '三井住友カード', ('三井住友カード', 'info@contact.vpass.ne.jp'),
  '【三井住友カード】ご請求額確定のお知らせ', None,
  html=page('ご請求額確定のお知らせ', ['みさき 様(ハンドルネーム)\n三井住友カード(NL)', '10月のご請求額が確定しました。ご請求額: 42,118円 お支払日: 2026年11月26日',
      'ご利用明細はVpassアプリまたはVpassでご確認いただけます。'], 'ご利用明細を確認する',
      'https://click.contact.vpass.ne.jp/?qs=7f3a92c1e0b84d1a6c5e2f90b1d7a3e4c8f2019ab3d6e5f7a8b9c0d1e2f3a4b5',
      shown='https://www.smbc-card.com/mem/index.jsp',
      footer='三井住友カード株式会社\n配信停止はVpassのメール配信設定から。', color='#004c2f'),
  to=R1, auth=own('gmail', mailfrom='bounce.contact.vpass.ne.jp', dkimd='contact.vpass.ne.jp'),
  tricks='HARD genuine: link text www.smbc-card.com but href is ESP click tracker click.contact.vpass.ne.jp (as a public blog shows); handle name; sender domain verified (smbc-card.com page)')
G('smbc-card-fraud-detect-genuine', '三井住友カード', ('三井住友カード', 'info@mail.vpass.ne.jp'),
  '【三井住友カード】カードご利用確認のお願い',
  'けん 様\n三井住友カード ゴールド(NL)\n\nいつも三井住友カードをご利用いただきありがとうございます。\n'
  'お客様のカードご利用について、不正利用の可能性があるお取引を検知したため、カードのご利用を一時的に制限しております。\n\n'
  'ご利用日時: 2026/10/21 03:14\nご利用先: APPLE.COM/BILL 等\nご利用金額: 29,800円\n\n'
  'お心当たりの有無をVpassアプリの「ご利用確認」からご回答ください。ご回答いただくと制限は解除されます。\n'
  'メール本文にはリンクを記載しておりません。アプリまたはブックマークからアクセスしてください。\n\n三井住友カード株式会社\n',
  cte='base64', to=R3, auth=own('m365', mailfrom='mail.vpass.ne.jp', dkimd='vpass.ne.jp'),
  tricks='HARD genuine: real fraud-detection / usage restriction notice, urgent wording, no link; handle name; verified domain')
G('smbc-card-phishing-warning', '三井住友カード', ('三井住友カード', 'info@contact.vpass.ne.jp'),
  '【三井住友カード】弊社を装った不審なメールにご注意ください',
  'みさき 様\n\n弊社を装い「お支払い金額のお知らせ」「Vポイント有効期限」などの件名で偽サイトへ誘導する不審なメールが確認されています。\n\n'
  '不審メールの例:\n  件名: 【重要】ご利用確認のお願い\n  送信元: smbc_net-xxxx@(弊社以外のドメイン)\n  本文: 「24時間以内にご本人様確認をお願いします」「カード番号、セキュリティコードを入力してください」\n\n'
  '弊社からのメールの送信元ドメインは contact.vpass.ne.jp、vpass.ne.jp、mail.vpass.ne.jp、smbc-card.com などです。\n'
  '弊社がメールでカード番号やパスワードの入力をお願いすることはありません。\n\n詳しくは https://www.smbc-card.com/mem/cardinfo/cardinfo4010384.jsp\n',
  cte='qp', to=R1, auth=own('gmail', mailfrom='bounce.contact.vpass.ne.jp', dkimd='contact.vpass.ne.jp'),
  tricks='HARD genuine: company warning quoting the fake mail (24時間以内, カード番号, セキュリティコード)')
G('smbc-card-shop-mentions', '三井住友カード', ('はなまる洋菓子店', 'order@hanamaru-yogashi.example.jp'),
  'ご注文ありがとうございます(クリスマスケーキ予約)',
  '高橋 健一 様\n\nこのたびは、はなまる洋菓子店のクリスマスケーキをご予約いただき誠にありがとうございます。\n\n'
  'ご予約番号: X-0412\n商品: 苺のショートケーキ 5号\nお受け取り: 12月24日 15:00〜16:00 店頭\n'
  'お支払い: クレジットカード(三井住友カード VISA) 店頭決済\n\n変更は12月20日までにお電話(03-5555-0142)でお願いいたします。\n\nはなまる洋菓子店\n',
  cs='iso-2022-jp', subj='jis', nameraw='jis', to=R3, auth=own('isp', mailfrom='hanamaru-yogashi.example.jp'),
  tricks='small shop, ISO-2022-JP with raw JIS display name, names 三井住友カード VISA as payment')

# ------------------------------------------------------------------ 楽天
P('rakuten-card-usage-forged-m365', '楽天カード', ('楽天カード株式会社', 'info@mail.rakuten-card.co.jp'),
  '【楽天カード】カードご利用内容の確認(ご請求金額確定)', None,
  html=page('楽天カード ご利用内容確認', ['楽天カードをご利用いただきありがとうございます。', '本人確認ができないお取引があったため、カードのご利用を一部制限しています。',
      '以下よりログインしてご利用内容をご確認ください。'], 'ご利用内容を確認する',
      'https://rakuten-card.co.jp-e-navi.members-login.shop/', color='#bf0000'),
  to=R2, auth=forged('m365', mf='smtp.members-login.shop', pol='REJECT'), tricks='forged official From (mail.rakuten-card.co.jp, verified real), M365 dmarc=fail compauth=fail; brand-ish host under .shop')
P('rakuten-points-10000-shortener', '楽天', ('楽天市場', 'rakuten-ichiba@pointmail-rakuten.net'),
  '【楽天市場】10,000ポイントプレゼント当選のお知らせ',
  '楽天会員様\n\nおめでとうございます!楽天スーパーSALE記念キャンペーンで10,000ポイントに当選しました。\n'
  'ポイントの受け取りには本日23:59までにログインが必要です。\n\n受け取る→ https://is.gd/rkt10000\n\n楽天グループ株式会社\n',
  cte='base64', to=R1, auth=own('gmail'), tricks='look-alike sender; 当選 lure; is.gd shortener; same-day deadline')
P('rakuten-account-eucjp', '楽天', ('Rakuten', 'security@rakuten-id-support.com'),
  '楽天会員情報の確認が必要です',
  '楽天会員の皆様\n\nお客様の楽天IDに対して、海外から複数回のログイン失敗が確認されました。\nお客様のアカウントは安全のためロックされています。\n'
  '下記URLより会員情報(氏名・生年月日・カード情報)をご確認ください。\n\nhttps://rakuten-id-support.com/member/verify\n\n確認されない場合、楽天IDは削除されます。\n',
  cs='euc-jp', to=R3, auth=own('isp'), tricks='EUC-JP 8bit; look-alike rakuten-id-support.com; account lock + deletion threat; asks card info')
P('rakuten-bank-rcpt-punycode', '楽天銀行', ('楽天銀行', 'info@rakuten-bank-jp.com'),
  '【楽天銀行】お振込み受付完了のお知らせ', None,
  html=page('お振込み受付', ['以下のお振込みを受け付けました。', '振込先: カ)エムテイシヨウジ\n金額: 398,000円',
      'お心当たりがない場合は、直ちに取消手続きを行ってください。'], '取消手続きはこちら',
      'https://xn--rakuen-bank-xd5h.com/cancel', shown='https://www.rakuten-bank.co.jp/', color='#bf0000'),
  to=R2, auth=own('m365'), tricks='fake transfer receipt with cancel lure; punycode homoglyph href, link text official')
G('rakuten-card-meisai-genuine', '楽天カード', ('楽天カード株式会社', 'info@mail.rakuten-card.co.jp'),
  '【楽天カード】ご請求金額確定のお知らせ', None,
  html=page('ご請求金額確定のお知らせ', ['佐藤 美咲 様', '楽天カードをご利用いただきありがとうございます。2026年11月27日お支払い分のご請求金額が確定いたしました。',
      'ご請求金額: 31,204円', 'ご利用明細は楽天e-NAVIでご確認いただけます。'], '楽天e-NAVIで確認する',
      'https://www.rakuten-card.co.jp/e-navi/?l-id=mail_meisai', color='#bf0000',
      footer='本メールは送信専用です。\n楽天カード株式会社 東京都港区南青山2-6-21'),
  to=R1, hcte='qp', cte='qp', auth=own('gmail', mailfrom='bounce.rakuten-card.co.jp', dkimd='mail.rakuten-card.co.jp'),
  tricks='genuine; sender domains mail.rakuten-card.co.jp / bounce.rakuten-card.co.jp per public write-up (unverified with Rakuten itself); same subject as lures')
G('rakuten-ichiba-shipping-mentions', '楽天', ('楽天市場 お買い物かご', 'order@rakuten.co.jp'),
  '【楽天市場】注文内容ご確認(自動配信メール)',
  '高橋 健一 様\n\nこの度は楽天市場でのお買い物ありがとうございます。\n\n[受注番号] 412345-20261019-0012345678\n[ショップ名] 北海道うまいもの市場\n'
  '[商品] いくら醤油漬け 500g ×1  5,980円(税込・送料無料)\n[お支払い方法] クレジットカード(楽天カード)\n[配送方法] 佐川急便 クール便\n\n'
  'ご注文履歴: https://order.my.rakuten.co.jp/\n',
  cte='base64', to=R3, auth=own('m365', mailfrom='rakuten.co.jp', dkimd='rakuten.co.jp'),
  tricks='genuine order mail naming 佐川急便 and 楽天カード; sender local part unverified')
G('rakuten-r10-campaign', '楽天', ('楽天市場', 'newsletter@emagazine.rakuten.co.jp'),
  '【ポイント最大44倍】お買い物マラソン開始!今夜20時から',
  'お買い物マラソン開始!\n期間限定クーポン配布中 → https://r10.to/hMzXq2\nエントリーはこちら → https://event.rakuten.co.jp/campaign/point-up/marathon/\n\n'
  '配信停止: https://emagazine.rakuten.co.jp/ns?act=chg_data\n',
  cte='qp', to=R2, auth=own('gmail', mailfrom='emagazine.rakuten.co.jp', dkimd='emagazine.rakuten.co.jp'),
  hdrs=['List-Unsubscribe: <https://emagazine.rakuten.co.jp/ns?act=unsub>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click'],
  tricks='genuine newsletter: r10.to group shortener, 期間限定/ポイント wording, List-Unsubscribe; emagazine subdomain from memory (unverified)')

# ------------------------------------------------------------------ JCB
P('jcb-usage-limit-ocn', 'JCB', ('MyJCB', 'notice@infomail.ocn.ne.jp'),
  'JCBカードの使用制限',
  'JCBカードご利用制限のお知らせ\n\nお客様のアカウントのリスクレベルが高いため、システムのセキュリティチェックを通過できず、一時的にアカウントの利用を制限しております。\n'
  'MyJCBにて再度チェックを行ってください(24時間以内に完了してください)\n\nhttps://myjcb-riskcheck.com/login\n\n'
  '画面の指示に従って操作を行うと、システムのAIがご使用中のIPアドレスやデバイスに基づいてリスク評価を行います。\n',
  cte='base64', to=R1, auth=own('isp', mailfrom='infomail.ocn.ne.jp'),
  tricks='sender on an ISP domain (ocn.ne.jp) passing, as in a public spam sample; AI risk-check wording; 24h')
P('jcb-forged-gmail-fail', 'JCB', ('JCB', 'mail@qa.jcb.co.jp'),
  '【JCB】カードご利用内容の確認のお願い', None,
  html=page('カードご利用内容の確認のお願い', ['JCBカード会員様', '第三者による不正使用の可能性があることを検知しました。', 'カードの機能を一時的に停止しております。下記よりご本人確認を行ってください。'],
      'MyJCBでご確認', 'https://my-jcb.web.app/login', color='#0e4c92'),
  to=R3, auth=forged('gmail', mf='send.mailer-host.ru', pol='REJECT'), tricks='forged JCB From (real title of JCB fraud mail reused), Gmail dmarc=fail; Firebase web.app hosting')
P('jcb-fwd-by-husband', 'JCB', ('高橋 健一', 'takahashi.kenichi@example.jp'),
  '転送: 【JCB】ご利用代金のお支払いについて【重要】',
  '陽子さん\nこれ家族カードの件?JCBから来てたから転送する。リンク開いていいのかな。\n健一\n\n'
  '-------- 転送元メッセージ --------\n差出人: JCBカード <jcb-info@jcb-card-service.info>\n件名: 【JCB】ご利用代金のお支払いについて【重要】\n\n'
  'ご登録の口座からの引き落としができませんでした。\n延滞となりますとカードのご利用を停止いたします。\n下記より期日までにお支払いください。\nhttps://jcb-card-service.info/pay?id=88214\n',
  cs='iso-2022-jp', subj='jis', to=('高橋 陽子', 'yoko.takahashi@example.jp'), auth=own('gmail', mailfrom='example.jp'),
  tricks='phishing forwarded by family (転送:), legit forwarder auth; lure content inside (look-alike jcb-card-service.info); ISO-2022-JP')
G('jcb-fraud-detect-genuine', 'JCB', ('JCB', 'mail@qa.jcb.co.jp'),
  'カードご利用内容の確認のお願い',
  '高橋 健一 様\n\nいつもJCBカードをご利用いただき、ありがとうございます。\nお客様のカードについて、第三者による不正使用の可能性があることを検知いたしました。\n'
  'そのため、カードの機能を一時的に停止しております。\n\nお手数ですが、カード裏面に記載の電話番号までご連絡ください。\n'
  '※本メールへの返信はできません。\n※JCBがメールでカード番号や暗証番号をお尋ねすることはありません。\n\n株式会社ジェーシービー\n',
  cs='iso-2022-jp', subj='jis', crlf=True, to=R3, auth=own('m365', mailfrom='qa.jcb.co.jp', dkimd='jcb.co.jp'),
  tricks='HARD genuine: real JCB fraud-detection notice (title from JCB page), card stopped, call; CRLF ISO-2022-JP; sender qa.jcb.co.jp from memory (unverified)')
G('jcb-myjcb-meisai', 'JCB', ('MyJCB', 'mail@qa.jcb.co.jp'),
  '【MyJCB】ご利用代金明細確定のお知らせ', None,
  html=page('ご利用代金明細確定', ['佐藤 美咲 様', '11月10日お支払い分のご利用代金明細が確定しました。', 'お支払い金額: 12,870円'],
      'MyJCBにログイン', 'https://my.jcb.co.jp/Login?mail=meisai', color='#0e4c92', footer='株式会社ジェーシービー'),
  to=R1, auth=own('gmail', mailfrom='qa.jcb.co.jp', dkimd='jcb.co.jp'), tricks='genuine statement with login button to my.jcb.co.jp (unverified sender)')

# ------------------------------------------------------------------ イオン / エポス / セゾン
P('aeon-card-unpaid-sjis', 'イオンカード', ('イオンカード', 'aeoncard@aeon-kessai.jp'),
  '【イオンカード】ご利用代金未払いのお知らせ(最終通知)',
  'イオンカード会員様\n\nご利用代金のお引き落としが確認できませんでした。\n本日中にお支払いいただけない場合、カードは利用停止となり、信用情報機関へ登録されます。\n\n'
  'お支払い手続き: http://aeon-kessai.jp/pay/\n\n株式会社イオン銀行\n',
  cs='shift_jis', cte='8bit', subj='raw-sjis', to=R2, auth=own('isp'),
  tricks='Shift_JIS 8bit body and raw 8-bit Shift_JIS subject; look-alike aeon-kessai.jp; 最終通知/信用情報 threat')
P('aeon-card-forged-noauth', 'イオンカード', ('イオンカード', 'info@aeon.co.jp'),
  'イオンカード 暮らしのマネーサイト ご本人確認のお願い', None,
  html=page('ご本人確認のお願い', ['平素よりイオンカードをご利用いただき誠にありがとうございます。', '定期的なセキュリティ確認のため、ご登録情報の確認をお願いしております。'],
      'ログイン', 'https://aeon-kurashi.pages.dev/login', color='#b5006b'),
  to=R1, auth=NOAUTH, tricks='forged official-looking From, no Authentication-Results; Cloudflare pages.dev')
P('aeon-waon-points-translate', 'イオンカード', ('AEON', 'points@waon-point-club.top'),
  'WAONポイント失効について重要通知',
  '尊敬するお客様:\n\nあなたのWAON POINTは間もなく失効されます。ポイントの有効期限は本日になります。\n点击下面链接 すぐポイントを交換してください。\nhttps://waon-point-club.top/jp\n\nイオン株式会社\n',
  cte='base64', to=R3, auth=own('gmail'), tricks='machine-translated Japanese with simplified Chinese (点击下面链接); .top look-alike')
G('aeon-card-genuine-notice', 'イオンカード', ('イオンカード', 'info@aeon.co.jp'),
  '【イオンカード】ご利用代金のお引落しができませんでした',
  '佐藤 美咲 様\n\nイオンカードをご利用いただきありがとうございます。\n10月2日のお支払い日に、ご指定口座からご利用代金のお引落しができませんでした。\n\n'
  'お支払い方法は、イオン銀行ATMでのお振込み、またはイオンウォレットからのお手続きをご確認ください。\n'
  '詳しくは https://www.aeon.co.jp/card/ をご覧ください。\nイオンカードがメールでカード番号・暗証番号をお伺いすることはございません。\n\n株式会社イオン銀行\n',
  cte='base64', to=R1, auth=own('m365', mailfrom='aeon.co.jp', dkimd='aeon.co.jp'),
  tricks='HARD genuine: real payment failure; sender aeon.co.jp from memory (UNVERIFIED)')
P('epos-card-limit-lookalike', 'エポスカード', ('エポスカード', 'info@eposcard-net.co'),
  '【エポスカード】カードのご利用を一時停止しました', None,
  html=page('ご利用一時停止のお知らせ', ['エポスNetにご登録のお客様', '不正アクセスの疑いがあるため、カードのご利用を一時停止いたしました。', '再開するにはエポスNetにログインし、お客様情報の確認を行ってください。'],
      'エポスNetにログイン', 'https://eposcard-net.co/epos/login', color='#d0102a'),
  to=R2, auth=own('gmail'), tricks='TLD trick .co (eposcard-net.co)')
P('epos-gift-bec-friend', 'エポスカード', ('', 'eposcard.campaign2026@outlook.jp'), '【エポス】抽選で1万円分ポイント',
  'エポスカード会員様限定!アンケートに答えて1万円分のエポスポイント\nhttps://forms.gle/EposPointQ2026\n',
  cte='8bit', to=R3, auth=own('m365', mailfrom='outlook.jp', dkimd='outlook.jp'),
  tricks='free mail outlook.jp; Google Forms lure; survey/points')
G('epos-genuine-login', 'エポスカード', ('エポスカード', 'info@eposcard.co.jp'),
  '【エポスカード】エポスNetへのログインがありました',
  '高橋 健一 様\n\nエポスNetへのログインがありました。\nログイン日時: 2026年10月29日 21時47分\nご利用環境: iPhone / エポスアプリ\n\n'
  'お心当たりがない場合は、パスワードを変更のうえ、エポスカスタマーセンターへご連絡ください。\n',
  cte='8bit', to=R3, auth=own('gmail', mailfrom='eposcard.co.jp', dkimd='eposcard.co.jp'),
  tricks='genuine login alert with password-change advice; sender eposcard.co.jp from memory (UNVERIFIED)')
P('saison-forged-mail2', 'セゾンカード', ('セゾンカード', 'info@mail2.saisoncard.co.jp'),
  '【セゾンカード】ご請求金額のお知らせ(確認が必要です)', None,
  html=page('ご請求金額のご案内', ['Netアンサー会員様', 'お支払い口座の確認が取れないため、今月のご請求を保留しています。', '下記より口座情報を再登録してください。'],
      'Netアンサーにログイン', 'https://saison-netanswer.vercel.app/', color='#0066b3'),
  to=R1, auth=forged('gmail', mf='mta.kk-hosting.vn', pol='QUARANTINE'), tricks='forged real secondary domain mail2.saisoncard.co.jp, DMARC fail p=QUARANTINE; vercel.app')
P('saison-amex-html-attach', 'セゾンカード', ('Saison Card', 'billing@saison-card-info.com'),
  '請求書の送付(セゾン・アメックス)', '添付の請求書をご確認のうえ、フォームにカード情報をご入力ください。\n',
  attach=[('html', 'Seikyu_Saison_2026-10.html')],
  attach_html='<html><body><form action="https://saison-card-info.com/collect.php" method="post">カード番号<input name="cc">有効期限<input name="exp">セキュリティコード<input name="cvv"><input type="submit" value="送信"></form></body></html>',
  to=R2, auth=own('m365'), tricks='HTML form attachment posting card data; look-alike domain')
G('saison-genuine-express', 'セゾンカード', ('クレディセゾン', 'express@mail.saisoncard.co.jp'),
  '受付完了のお知らせ', '佐藤 美咲 様\n\nお申込みいただいたお手続きの受付が完了しました。\n受付番号: S-20261102-00841\n\n内容はNetアンサーの「お手続き状況」でご確認いただけます。\n\n株式会社クレディセゾン\n',
  cte='base64', to=R1, auth=own('m365', mailfrom='mail.saisoncard.co.jp', dkimd='saisoncard.co.jp'),
  tricks='genuine; express@mail.saisoncard.co.jp from a public write-up citing Saison')
G('saison-newsletter-campaign', 'セゾンカード', ('セゾンカード', 'info@mail.saisoncard.co.jp'),
  '【期間限定】永久不滅ポイントが最大10倍!今すぐエントリー', None,
  html=page('ポイント最大10倍キャンペーン', ['高橋 健一 様', '年末のお買い物で永久不滅ポイントが最大10倍。要エントリー、11月30日まで。'], '今すぐエントリー',
      'https://mail.saisoncard.co.jp/c/?u=https%3A%2F%2Fwww.saisoncard.co.jp%2Fcampaign%2F&t=8821', color='#0066b3',
      footer='配信停止はNetアンサーのメール設定から。株式会社クレディセゾン'),
  to=R3, hdrs=['List-Unsubscribe: <mailto:unsub@mail.saisoncard.co.jp>'], auth=own('gmail', mailfrom='mail.saisoncard.co.jp', dkimd='saisoncard.co.jp'),
  tricks='genuine campaign: 期間限定/今すぐ wording, click-redirect on own mail subdomain')

# ------------------------------------------------------------------ PayPay
P('paypay-card-billing-may', 'PayPayカード', ('PayPayカード', 'noreply@paypay-card-seikyu.com'),
  '11月の請求予定金額のお知らせ',
  'PayPayカードをご利用いただきありがとうございます。\n\n11月の請求予定金額: 64,812円\n\n請求内容の確認はこちら\nhttps://paypay-card-seikyu.com/member\n\n'
  '※不明なご利用がある場合は、上記より至急ご連絡ください。\nPayPayカード株式会社\n',
  cte='qp', to=R2, auth=own('gmail'), tricks='2025 wave "請求予定金額のお知らせ" lure; look-alike sender')
P('paypay-points-sms-free', 'PayPay', ('', 'paypay.point.center@gmail.com'), 'PayPayポイント',
  '【PayPay】あなたのPayPayポイント 3,500pt が本日失効します。受取: https://t.ly/PpYx\n',
  cte='8bit', to=R1, auth=own('gmail', mailfrom='gmail.com', dkimd='gmail.com'),
  tricks='SMS-style one-liner from gmail.com, t.ly shortener')
P('paypay-ext-link-abuse', 'PayPay', ('PayPay', 'support@paypay-ne.jp'),
  '外部サービス連携の確認', None,
  html=page('外部サービス連携のお知らせ', ['PayPayをご利用いただきありがとうございます。', '新しいサービスとの連携が申請されました。ご自身の申請でない場合は、以下より連携を取り消してください。'],
      '連携を取り消す', 'https://paypay-ne.jp/link/cancel?c=7731', color='#ff0033'),
  to=R3, auth=own('m365'), tricks='hyphen look-alike paypay-ne.jp of paypay.ne.jp')
G('paypay-genuine-payment', 'PayPay', ('PayPay', 'no-reply@paypay.ne.jp'),
  '【PayPay】支払い完了のお知らせ',
  '支払いが完了しました。\n\n支払い先: セブン-イレブン 世田谷桜新町店\n金額: 1,284円\n日時: 2026/11/03 08:12\n\n'
  'お心当たりのない支払いは、アプリの「アカウント」→「ヘルプ」からお問い合わせください。\n',
  cte='base64', to=R1, auth=own('gmail', mailfrom='paypay.ne.jp', dkimd='paypay.ne.jp'),
  tricks='genuine transaction mail; paypay.ne.jp from a write-up (local part ours)')
G('paypay-card-genuine-3ds', 'PayPayカード', ('PayPayカード', 'info@mail.paypay-card.co.jp'),
  '【PayPayカード】本人認証サービス(3Dセキュア)の設定が完了しました',
  '高橋 健一 様\n\n本人認証サービス(3Dセキュア)のパスワード設定が完了しました。\nお心当たりがない場合は、至急カード裏面のお問い合わせ先までご連絡ください。\n\nPayPayカード株式会社\n',
  cte='qp', to=R3, auth=own('m365', mailfrom='mail.paypay-card.co.jp', dkimd='paypay-card.co.jp'),
  tricks='genuine 3DS setup notice with 至急 wording; mail.paypay-card.co.jp from memory (UNVERIFIED)')
