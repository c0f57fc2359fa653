# Genuine mails.  Brand mails use domains we believe the brand really uses;
# where unsure, MANIFEST says UNSURE:.  Everyday mails use fictitious people.
import core, lib
from hmtpl import G, T
from core import B

SPECS = []
A = SPECS.append
AMZ_TRK = 'https://www.amazon.co.jp/gp/r.html?C=2Q3XKZ8N1M0PL&K=1YQ7ZRV0X2&M=urn:rtn:msg:202510021203&R=3KQ9P8W0V1&T=C&U=%s&H=WQZT4NXWM1S0E2Y8G'

# ---------------------------------------------------------------- Amazon
A(G('amazon-order-confirmation', 'amazon', 'Amazon.co.jp ご注文の確認', 'ご注文ありがとうございます',
    ['山田 太郎 様', 'ご注文いただいた商品の発送準備が整いましたら、Eメールでお知らせいたします。'],
    'auto-confirm@amazon.co.jp', 'bounces.amazon.co.jp', 'amazon.co.jp', '54.240.8.17', btnl='注文の詳細を表示',
    url='https://www.amazon.co.jp/gp/css/order-details?orderID=250-4413982-7712640&ref_=pe_2020002_1183', kvs=[('注文番号', '250-4413982-7712640'), ('商品', 'サーモス 真空断熱タンブラー 420ml ×1'), ('ご請求額', '￥2,180'), ('お届け予定', '10月4日 土曜日')],
    logo='https://m.media-amazon.com/images/G/09/x-locale/common/amazon_logo._CB485926565_.png', enc='u8q',
    tr='genuine order confirmation; HTML+text; amazon.co.jp links; SPF/DKIM/DMARC pass'))

A(G('amazon-shipment-notice-tracking', 'amazon', '発送済み：「Anker PowerCore 10000」他1点', '商品を発送しました',
    ['ご注文の商品を発送しました。配送状況は「注文履歴」から確認できます。'],
    'shipment-tracking@amazon.co.jp', 'bounces.amazon.co.jp', 'amazon.co.jp', '54.240.8.44', btnl='配送状況を確認',
    url='https://www.amazon.co.jp/progress-tracker/package/ref=pe_yo_track?_encoding=UTF8&orderId=503-2239180-9923411', kvs=[('配送業者', 'ヤマト運輸'), ('お問い合わせ伝票番号', '4823-1180-7762')],
    logo='https://m.media-amazon.com/images/G/09/x-locale/common/amazon_logo._CB485926565_.png', pixel='https://www.amazon.co.jp/gp/r.html?C=PX&R=1&T=E&U=&A=open', tr='genuine shipment notice; open-pixel on amazon.co.jp'))

A(T('amazon-otp-signin-code', 'Amazon.co.jp', 'Amazon.co.jp: サインインを完了するための確認コード',
    'Amazon.co.jp\n\nサインインを完了するには、次のワンタイムパスワード（OTP）を入力してください：\n\n482917\n\nこのコードは10分間のみ有効です。このコードは誰にも教えないでください。\n\nこのサインインをリクエストしていない場合は、パスワードを変更してください。\nhttps://www.amazon.co.jp/a/settings/approval\n\nAmazon.co.jp\n',
    'Amazon.co.jp', 'account-update@amazon.co.jp', 'bounces.amazon.co.jp', 'amazon.co.jp', '54.240.8.90', enc='u8q', tr='genuine OTP code mail; short text/plain; urgency wording but no credential request'))

A(G('amazon-store-news-campaign-tracking', 'amazon', 'ブラックフライデー 先行セール開催中｜最大50%OFF', 'Amazon ブラックフライデー',
    ['先行セール開催中。人気ブランドの家電、日用品がお買い得。', '期間：2025年11月21日（金）0:00 ～ 12月1日（月）23:59'],
    'store-news@amazon.co.jp', 'bounces.amazon.co.jp', 'amazon.co.jp', '54.240.8.101', btnl='セール会場を見る', url='https%3A%2F%2Fwww.amazon.co.jp%2Fblackfriday%3Fref_%3Dpe_bf25',
    trk=AMZ_TRK, links=[('家電・カメラ', 'https%3A%2F%2Fwww.amazon.co.jp%2Fb%3Fnode%3D3210981'), ('食品・飲料', 'https%3A%2F%2Fwww.amazon.co.jp%2Fb%3Fnode%3D57239051')],
    pre='人気ブランドが最大50%OFF。今年最後のビッグセール', unsub='https://www.amazon.co.jp/gp/gss/manage', logo='https://m.media-amazon.com/images/G/09/x-locale/common/amazon_logo._CB485926565_.png',
    pixel='https://www.amazon.co.jp/gp/r.html?C=2Q3XKZ8N1M0PL&T=E&A=open', tr='genuine marketing with amazon.co.jp/gp/r.html click-tracking redirects; preheader; pixel; List-Unsubscribe', x=dict(text=None)))

# ---------------------------------------------------------------- SMBC card
A(T('smbc-card-usage-notice', '三井住友カード', 'ご利用のお知らせ【三井住友カード】',
    '山田　太郎　様\n\nいつも三井住友カードをご利用いただきありがとうございます。\nお客様のカードご利用内容をお知らせします。\n\n◇利用日：2025/07/14 12:31\n◇利用先：セブン－イレブン\n◇利用取引：買物\n◇利用金額：1,280円\n\nご利用内容の詳細は、Vpassにてご確認いただけます。\nhttps://www.smbc-card.com/mem/index.jsp\n\n※本メールは送信専用です。\n\n■発行者■\n三井住友カード株式会社\nhttps://www.smbc-card.com/\n',
    '三井住友カード', 'statement@vpass.ne.jp', 'vpass.ne.jp', 'vpass.ne.jp', '211.13.196.51', enc='jis', unsure=True,
    tr='genuine usage notification (text/plain, ISO-2022-JP); legit sender vpass.ne.jp'))

A(G('smbc-vpass-statement-ready', 'smbc', '【三井住友カード】ご利用代金確定のお知らせ', 'ご利用代金確定のお知らせ',
    ['山田 太郎 様', '2025年10月10日お支払い分のご利用代金が確定しました。Vpassにログインしてご確認ください。'],
    'statement@vpass.ne.jp', 'vpass.ne.jp', 'vpass.ne.jp', '211.13.196.52', btnl='Vpassで明細を見る', url='https://www.smbc-card.com/mem/wps/meisai.jsp',
    kvs=[('お支払日', '2025年10月10日（金）'), ('お支払金額', '43,210円')], enc='jis', unsure=True, tr='genuine statement-ready notice; login button to smbc-card.com'))

# ---------------------------------------------------------------- JCB
A(G('jcb-myjcb-statement-ready', 'jcb', '【MyJCB】カードご利用代金明細確定のお知らせ', 'ご利用代金明細確定のお知らせ',
    ['いつもJCBカードをご利用いただきありがとうございます。', '11月10日お支払い分のご利用代金明細が確定しましたので、お知らせいたします。MyJCBでご確認ください。'],
    'mail@qa.jcb.co.jp', 'qa.jcb.co.jp', 'qa.jcb.co.jp', '202.214.17.22', btnl='MyJCBにログイン', url='https://my.jcb.co.jp/Login', enc='sjis', unsure=True,
    tr='genuine JCB statement ready; Shift_JIS'))

A(T('jcb-card-usage-alert', 'JCB', '【JCB】カードご利用のお知らせ',
    'JCBカードをご利用いただき、ありがとうございます。\nJCBカードのご利用がありましたのでお知らせします。\n\n【ご利用日時(日本時間)】 2025/05/02 19:44\n【ご利用金額】 4,630円\n【ご利用先】 ﾏｸﾄﾞﾅﾙﾄﾞ\n\nお心当たりのない場合は、カード裏面の電話番号までお問い合わせください。\n\nMyJCB\nhttps://my.jcb.co.jp/\n',
    'JCB', 'mail@qa.jcb.co.jp', 'qa.jcb.co.jp', 'qa.jcb.co.jp', '202.214.17.23', enc='jis', unsure=True, tr='genuine usage alert; half-width katakana merchant (converted to full-width in ISO-2022-JP)'))

# ---------------------------------------------------------------- えきねっと
A(G('ekinet-reservation-complete', 'ekinet', '【えきねっと】申込完了のお知らせ', 'お申込みが完了しました',
    ['えきねっとをご利用いただき、ありがとうございます。', '以下の内容でお申込みが完了しました。'],
    'info@eki-net.com', 'eki-net.com', 'eki-net.com', '210.128.96.40', btnl='申込内容を確認', url='https://www.eki-net.com/Personal/reserve/wb/ReserveList',
    kvs=[('乗車日', '2025年12月28日'), ('列車', 'はやぶさ17号'), ('区間', '東京 → 新青森'), ('座席', '7号車 12番A席'), ('金額', '17,670円')], enc='jis', unsure=True,
    tr='genuine reservation confirmation; ISO-2022-JP'))

# ---------------------------------------------------------------- イオン
A(G('aeon-card-point-campaign', 'aeon', '【イオンカード】20日・30日はお客さま感謝デー', 'お客さま感謝デー',
    ['毎月20日・30日はイオンカードでのお買物代金が5%OFF！', 'さらに今月はWAON POINTが2倍。'],
    'info@aeon.co.jp', 'aeon.co.jp', 'aeon.co.jp', '210.148.11.80', btnl='キャンペーンを見る', url='https://www.aeon.co.jp/campaign/',
    unsub='https://www.aeon.co.jp/mailmagazine/', pixel='https://www.aeon.co.jp/mail/o.gif?m=2510', enc='u8b', unsure=True, tr='genuine campaign newsletter; remote images; List-Unsubscribe'))

# ---------------------------------------------------------------- 楽天
A(G('rakuten-ichiba-order-received', 'rakuten', '【楽天市場】注文内容ご確認（自動配信メール）', '注文内容ご確認',
    ['この度は楽天市場でのお買い物、誠にありがとうございます。', '以下の内容でご注文を承りました。'],
    'order@rakuten.co.jp', 'rakuten.co.jp', 'rakuten.co.jp', '133.237.16.20', btnl='購入履歴を見る', url='https://order.my.rakuten.co.jp/',
    kvs=[('注文番号', '281234-20251104-0288011234'), ('ショップ', '○○米穀店 楽天市場店'), ('商品', '新米 こしひかり 5kg ×1'), ('合計', '3,980円')], enc='u8b', unsure=True,
    tr='genuine order confirmation'))

A(G('rakuten-card-statement-enavi', 'rcard', '【楽天カード】ご請求金額確定のお知らせ', 'ご請求金額確定のお知らせ',
    ['楽天カードをご利用いただき誠にありがとうございます。', '2025年12月27日（土）お支払い分のご請求金額が確定しました。楽天e-NAVIでご確認ください。'],
    'info@mail.rakuten-card.co.jp', 'mail.rakuten-card.co.jp', 'mail.rakuten-card.co.jp', '133.237.40.12', btnl='楽天e-NAVIで確認', url='https://www.rakuten-card.co.jp/e-navi/',
    enc='u8b', unsure=True, tr='genuine statement-ready notice (same wording as phishing campaign)'))

# ---------------------------------------------------------------- PayPay / メルカリ
A(G('paypay-campaign-cashback', 'paypay', '【PayPay】最大20%戻ってくる！あなたのまちを応援プロジェクト', 'あなたのまちを応援プロジェクト',
    ['対象の自治体のお店でPayPayで支払うと、最大20%のPayPayポイントが戻ってきます。'], 'no-reply@paypay.ne.jp', 'paypay.ne.jp', 'paypay.ne.jp', '182.22.24.11',
    btnl='対象自治体を見る', url='https://paypay.ne.jp/event/local-support/', unsub='https://paypay.ne.jp/notice/mail/', enc='u8b', unsure=True, tr='genuine campaign mail'))

A(G('mercari-item-purchased', 'mercari', '「ニンテンドースイッチ ケース」が購入されました', '商品が購入されました',
    ['商品が購入されました。購入者の支払いが完了しているので、商品を発送してください。'], 'no-reply@mercari.jp', 'mercari.jp', 'mercari.jp', '35.190.0.81',
    btnl='取引画面を開く', url='https://jp.mercari.com/transaction/m77712345678', enc='u8b', unsure=True, tr='genuine transaction notification'))

# ---------------------------------------------------------------- 通信
A(G('au-bill-amount-fixed', 'au', '【au】ご利用料金確定のお知らせ', 'ご利用料金確定のお知らせ',
    ['2025年9月ご利用分の料金が確定しました。My auでご確認ください。'], 'info@au.com', 'au.com', 'au.com', '27.86.113.11',
    btnl='My auで確認', url='https://www.au.com/my-au/', kvs=[('ご請求額', '7,208円'), ('お支払予定日', '2025年10月31日')], enc='jis', unsure=True, tr='genuine billing notice; ISO-2022-JP'))

A(T('docomo-d-account-login-code', 'NTTドコモ', '【dアカウント】セキュリティコードのお知らせ',
    'dアカウントのログインに必要なセキュリティコードをお知らせします。\n\nセキュリティコード：395124\n\n有効期限：2025/06/11 21:40\n\nこのメールにお心当たりのない場合は、第三者がお客様のdアカウントにログインしようとした可能性があります。パスワードを変更してください。\nhttps://id.smt.docomo.ne.jp/\n\n株式会社NTTドコモ\n',
    'dアカウント', 'd-account@docomo.ne.jp', 'docomo.ne.jp', 'docomo.ne.jp', '202.229.20.31', enc='u8b', unsure=True, tr='genuine security code mail'))

A(G('softbank-mysoftbank-bill', 'softbank', '【ソフトバンク】ご請求金額確定のお知らせ', 'ご請求金額確定のお知らせ',
    ['いつもソフトバンクをご利用いただきありがとうございます。', '2025年11月分のご請求金額が確定しましたので、お知らせいたします。'], 'noreply@softbank.jp', 'softbank.jp', 'softbank.jp', '126.240.66.11',
    btnl='My SoftBankで確認', url='https://my.softbank.jp/msb/d/top', enc='sjis', unsure=True, tr='genuine billing notice; Shift_JIS'))

# ---------------------------------------------------------------- 銀行
A(T('yucho-direct-login-notice', 'ゆうちょ銀行', '【ゆうちょ銀行】ゆうちょダイレクトログインのお知らせ',
    'ゆうちょダイレクトをご利用いただきありがとうございます。\n\n以下の日時にゆうちょダイレクトへのログインがありました。\n\nログイン日時：2025年04月08日 08時12分\n\nお心当たりのない場合は、ゆうちょダイレクトサポートデスクにご連絡ください。\n\n株式会社ゆうちょ銀行\nhttps://www.jp-bank.japanpost.jp/\n',
    'ゆうちょ銀行', 'direct@jp-bank.japanpost.jp', 'jp-bank.japanpost.jp', 'jp-bank.japanpost.jp', '210.138.140.20', enc='jis', unsure=True, tr='genuine login notice'))

A(T('mufg-furikomi-complete', '三菱UFJ銀行', '【三菱UFJ銀行】振込受付完了のお知らせ',
    '三菱UFJダイレクトをご利用いただき、ありがとうございます。\n以下のとおり振込のお手続きを受け付けました。\n\n受付番号：20250916-0011823\n振込指定日：2025年09月16日\n振込先：○○銀行　本店営業部　普通　＊＊＊4567\n振込金額：55,000円\n\n※このメールは送信専用アドレスから送信しています。\n\n株式会社三菱UFJ銀行\n',
    '三菱UFJ銀行', 'mufg_info@bk.mufg.jp', 'bk.mufg.jp', 'bk.mufg.jp', '210.162.176.12', enc='jis', unsure=True, tr='genuine transfer confirmation; no links'))

A(G('mizuho-direct-important-notice', 'mizuho', '【みずほ銀行】フィッシングメールにご注意ください', 'フィッシングメールにご注意ください',
    ['みずほ銀行を装ったフィッシングメールが確認されています。', '当行がメールでお客さまの暗証番号やパスワードを問い合わせることはありません。メールに記載されたリンクからログインしないようご注意ください。'],
    'info@ib.mizuhobank.co.jp', 'ib.mizuhobank.co.jp', 'mizuhobank.co.jp', '210.158.72.41', btnl='注意喚起の詳細', url='https://www.mizuhobank.co.jp/crime/phishing.html', enc='u8b', unsure=True,
    tr='genuine security warning about phishing (contains phishing keywords)'))

A(G('resona-app-campaign', 'resona', 'りそなグループアプリ　冬のキャンペーンのご案内', '冬のキャンペーン',
    ['りそなグループアプリでのお取引で、抽選で1,000名様にりそなポイントをプレゼント。'], 'info@resonabank.co.jp', 'resonabank.co.jp', 'resonabank.co.jp', '210.149.60.12',
    btnl='キャンペーン詳細', url='https://www.resonabank.co.jp/kojin/campaign/', unsub='https://www.resonabank.co.jp/kojin/mail/', enc='u8b', unsure=True, tr='genuine campaign'))

# ---------------------------------------------------------------- 証券
A(T('sbi-sec-login-notice', 'SBI証券', '【SBI証券】ログインのお知らせ',
    'いつもSBI証券をご利用いただき、誠にありがとうございます。\n\nお客様の口座へのログインがありましたのでお知らせいたします。\n\nログイン日時：2025/05/14 07:55\nログイン環境：Windows / Chrome\n\nお心当たりがない場合は、速やかにパスワードを変更のうえ、カスタマーサービスセンターまでご連絡ください。\n\n株式会社SBI証券\nhttps://www.sbisec.co.jp/\n',
    'SBI証券', 'info@sbisec.co.jp', 'sbisec.co.jp', 'sbisec.co.jp', '210.172.144.11', enc='sjis', unsure=True, tr='genuine login notification (2025 security measure)'))

A(G('nomura-report-ready', 'nomura', '【野村證券】電子交付書面のお知らせ', '電子交付書面のお知らせ',
    ['電子交付サービスに新しい書面が交付されました。野村證券オンラインサービスにログインしてご確認ください。'], 'info@nomura.co.jp', 'nomura.co.jp', 'nomura.co.jp', '202.32.14.12',
    btnl='オンラインサービスへ', url='https://hometrade.nomura.co.jp/', enc='u8b', unsure=True, tr='genuine e-delivery notice'))

A(G('rakuten-sec-monthly-report', 'rsec', '【楽天証券】月間取引報告書交付のお知らせ', '取引報告書等の交付',
    ['月間取引報告書を交付しました。ログイン後、「マイメニュー」→「取引報告書等」からご確認ください。'], 'info@rakuten-sec.co.jp', 'rakuten-sec.co.jp', 'rakuten-sec.co.jp', '133.237.70.14',
    btnl='ログイン', url='https://www.rakuten-sec.co.jp/', enc='u8b', unsure=True, tr='genuine report notice'))

A(G('monex-newsletter-tracking', 'monex', 'マネックス証券メールマガジン　12月号', 'マネックスメール 12月号',
    ['今月の注目テーマ：新NISAの年末チェックポイント', 'マーケット見通しや各種キャンペーン情報をお届けします。'], 'mailmag@monex.co.jp', 'monex.co.jp', 'monex.co.jp', '210.228.44.19',
    btnl='記事を読む', url='https://info.monex.co.jp/news/', unsub='https://mxp1.monex.co.jp/mailmag/', pixel='https://www.monex.co.jp/mail/open.gif', enc='u8q', unsure=True, tr='genuine newsletter'))

# ---------------------------------------------------------------- カード
A(G('saison-netanswer-meisai', 'saison', '【セゾンカード】ご利用明細のお知らせ', 'ご利用明細のお知らせ',
    ['ご利用代金明細が確定しました。セゾンPortalでご確認ください。'], 'info@saisoncard.co.jp', 'saisoncard.co.jp', 'saisoncard.co.jp', '210.190.21.41',
    btnl='明細を確認する', url='https://www.saisoncard.co.jp/', enc='eucb', unsure=True, tr='genuine statement notice; EUC-JP base64'))

A(G('epos-point-expiry', 'epos', '【エポスカード】エポスポイント有効期限のお知らせ', 'ポイント有効期限のお知らせ',
    ['お持ちのエポスポイントの一部が、2026年2月末に有効期限を迎えます。'], 'info@eposcard.co.jp', 'eposcard.co.jp', 'eposcard.co.jp', '202.241.208.11',
    btnl='ポイントを確認', url='https://www.eposcard.co.jp/member/', kvs=[('失効予定ポイント', '312ポイント')], enc='u8b', unsure=True, tr='genuine point expiry notice (same theme as phishing)'))

# ---------------------------------------------------------------- 物流
A(T('yamato-delivery-schedule', 'ヤマト運輸', 'ヤマト運輸からお届け予定のお知らせ',
    '山田 太郎 様\n\nお荷物のお届け予定をお知らせします。\n\nお届け予定日時：11月06日 14時～16時\n伝票番号：4823-1180-7762\n品名：雑貨\nご依頼主：アマゾンジャパン合同会社\n\nお届け日時の変更はこちら\nhttps://member.kms.kuronekoyamato.co.jp/\n\nヤマト運輸株式会社\n',
    'ヤマト運輸', 'mail@kuronekoyamato.co.jp', 'kuronekoyamato.co.jp', 'kuronekoyamato.co.jp', '210.146.63.11', enc='jis', unsure=True, tr='genuine delivery schedule notice (クロネコメンバーズ)'))

A(T('sagawa-delivery-notice', '佐川急便', '【佐川急便】お荷物お届けのお知らせ',
    'いつも佐川急便をご利用いただきありがとうございます。\n\nお荷物のお届け予定をお知らせいたします。\n\nお問い合せ送り状No：3600-2817-0045\nお届け予定日：2025年03月12日\n\n配達状況はこちら\nhttps://k2k.sagawa-exp.co.jp/p/sagawa/web/okurijoinput.jsp\n\n佐川急便株式会社\n',
    '佐川急便', 'info-sagawa@sagawa-exp.co.jp', 'sagawa-exp.co.jp', 'sagawa-exp.co.jp', '210.130.136.21', enc='sjis', unsure=True, tr='genuine delivery notice'))

A(T('japanpost-redelivery-accepted', '日本郵便', '【日本郵便】再配達のお申し込みを受け付けました',
    '再配達のお申し込みを受け付けました。\n\nお問い合わせ番号：1234-5678-9012\n配達希望日：2025年08月02日\n配達希望時間帯：19時～21時\n\n※本メールは送信専用です。\n\n日本郵便株式会社\nhttps://www.post.japanpost.jp/\n',
    '日本郵便', 'redelivery@post.japanpost.jp', 'post.japanpost.jp', 'post.japanpost.jp', '210.130.48.11', enc='jis', unsure=True, tr='genuine redelivery confirmation (same theme as phishing)'))

# ---------------------------------------------------------------- 官公庁
A(T('nta-etax-message-box', '国税庁', '【e-Tax】メッセージボックスにお知らせが届いています',
    'e-Taxをご利用いただきありがとうございます。\n\nメッセージボックスに新しいお知らせが格納されました。\ne-Taxにログインのうえ、メッセージボックスをご確認ください。\n\nなお、国税庁からのメールでは、URLリンクを記載してログインを求めることはありません。\ne-Taxのホームページから直接ログインしてください。\n\n国税庁 e-Tax\n',
    '国税庁 e-Tax', 'info@e-tax.nta.go.jp', 'e-tax.nta.go.jp', 'e-tax.nta.go.jp', '202.214.194.11', enc='jis', unsure=True, tr='genuine e-Tax notice with no links'))

A(T('mynaportal-notice', 'マイナポータル', '【マイナポータル】お知らせが届きました',
    'マイナポータルにお知らせが届きました。\nマイナポータルにログインして内容をご確認ください。\n\nマイナポータル\nhttps://myna.go.jp/\n\n※このメールは送信専用のアドレスから送信しています。\n',
    'マイナポータル', 'noreply@myna.go.jp', 'myna.go.jp', 'myna.go.jp', '202.214.45.11', enc='u8b', unsure=True, tr='genuine short government notice'))

A(G('nhk-plus-newsletter', 'nhk', 'NHKプラス　今週のおすすめ番組', '今週のおすすめ',
    ['NHKプラスで見逃し配信中のおすすめ番組をご紹介します。', '大河ドラマ、連続テレビ小説、ニュース番組など、放送後1週間いつでも。'], 'plus-info@nhk.or.jp', 'nhk.or.jp', 'nhk.or.jp', '202.229.112.11',
    btnl='NHKプラスで見る', url='https://plus.nhk.jp/', unsub='https://plus.nhk.jp/mail/', enc='u8b', unsure=True, tr='genuine newsletter'))

A(G('tepco-kurashi-bill-ready', 'tepco', '【くらしTEPCO web】電気料金確定のお知らせ', '電気料金確定のお知らせ',
    ['11月分の電気料金が確定しました。'], 'info@kurashi.tepco.co.jp', 'kurashi.tepco.co.jp', 'tepco.co.jp', '202.41.62.11', btnl='くらしTEPCO webで確認',
    url='https://www.kurashi.tepco.co.jp/', kvs=[('ご使用量', '312kWh'), ('ご請求額', '10,482円')], enc='jis', unsure=True, tr='genuine bill-ready notice'))

# ---------------------------------------------------------------- global
A(G('apple-receipt-icloud', 'apple', 'Appleからの領収書です', '領収書',
    ['Apple Account: taro.yamada@example.jp', 'iCloud+ 50GB（月額）　¥150', '請求先：Visa •••• 1234'], 'no_reply@email.apple.com', 'email.apple.com', 'email.apple.com', '17.58.63.20',
    btnl=None, url=None, links=[('サブスクリプションの管理', 'https://apps.apple.com/account/subscriptions'), ('問題を報告する', 'https://reportaproblem.apple.com/')], enc='u8q', unsure=False,
    tr='genuine receipt; links to apple.com', logo='https://www.apple.com/ac/globalnav/7/ja_JP/images/globalnav_apple_image.svg'))

A(T('microsoft-security-code', 'Microsoft', 'Microsoft アカウントのセキュリティ コード',
    'Microsoft アカウント\nセキュリティ コード\n\nMicrosoft アカウント ta***@example.jp のセキュリティ コードとして次のコードを使用してください。\n\nセキュリティ コード: 7290\n\nこのコードに心当たりがない場合は、無視してかまいません。\n\nありがとうございます。\nMicrosoft アカウント チーム\n',
    'Microsoft アカウント チーム', 'account-security-noreply@accountprotection.microsoft.com', 'accountprotection.microsoft.com', 'accountprotection.microsoft.com', '40.107.222.11', kind='m365', enc='u8q',
    tr='genuine security code; M365 trace'))

A(G('line-new-login-notice', 'line', '[LINE] ログイン通知', '新しい端末でログインしました',
    ['お使いのLINEアカウントで、新しい端末からログインがありました。', '日時：2025/10/21 21:03<br />端末：iPad', 'お心当たりがない場合は、LINEアプリからパスワードを変更してください。'],
    'no-reply@line.me', 'line.me', 'line.me', '147.92.146.11', enc='u8b', unsure=True, tr='genuine login notice without links'))

A(G('netflix-new-device-signin', 'netflix', 'Netflix: 新しいデバイスからのサインイン', '新しいデバイスでのサインイン',
    ['新しいデバイスからお客様のNetflixアカウントへのサインインがありました。', 'デバイス：Android TV<br />場所：東京都（日本）'], 'info@account.netflix.com', 'account.netflix.com', 'account.netflix.com', '54.240.28.11',
    btnl='アカウントを確認', url='https://www.netflix.com/YourAccount', trk=None, enc='u8b', unsure=False, tr='genuine new-device alert'))

A(G('ana-mileage-club-newsletter', 'ana', 'ANAマイレージクラブ　お得な情報をお届けします', 'ANAマイレージクラブ',
    ['冬休みの旅行はANAで。今なら国内線特典航空券が少ないマイルで。'], 'info@121.ana.co.jp', '121.ana.co.jp', 'ana.co.jp', '210.152.83.11',
    btnl='詳しくはこちら', url='https://www.ana.co.jp/ja/jp/amc/', unsub='https://www.ana.co.jp/ja/jp/amc/mail/', enc='u8b', unsure=True, tr='genuine newsletter'))

A(G('jal-reservation-confirm', 'jal', '【JAL】ご予約確認', 'ご予約ありがとうございます',
    ['以下の内容でご予約を承りました。'], 'info@jal.com', 'jal.com', 'jal.com', '210.224.166.11', btnl='予約の確認・変更',
    url='https://www.jal.co.jp/jp/ja/dom/', kvs=[('予約番号', 'ABC123'), ('便名', 'JL105'), ('区間', '羽田 → 伊丹'), ('日付', '2026年1月9日')], enc='u8b', unsure=True, tr='genuine reservation confirmation'))

# ================================================================ more brand genuine
A(G('amazon-prime-renewal-notice', 'amazon', 'Amazonプライム会員資格の更新のお知らせ', 'プライム会員資格は自動更新されます',
    ['山田 太郎 様', 'お客様のAmazonプライム会員資格は 2026年2月3日 に自動更新されます。年会費 5,900円（税込）は、ご登録のお支払い方法に請求されます。', '会員情報の確認・変更は、アカウントサービスの「プライム会員情報」から行えます。'],
    'prime@amazon.co.jp', 'bounces.amazon.co.jp', 'amazon.co.jp', '54.240.8.120', btnl='プライム会員情報を確認', url='https://www.amazon.co.jp/gp/primecentral',
    logo='https://m.media-amazon.com/images/G/09/x-locale/common/amazon_logo._CB485926565_.png', enc='u8b', unsure=True, tr='genuine renewal notice, same theme as prime-payment phishing'))

A(G('ekinet-jre-point-newsletter', 'ekinet', '【えきねっと】年末年始のきっぷは「えきねっとトクだ値」で', 'えきねっとトクだ値',
    ['年末年始の帰省・旅行に、おトクなえきねっとトクだ値をご利用ください。', 'JRE POINTもたまります。'], 'info@eki-net.com', 'eki-net.com', 'eki-net.com', '210.128.96.41',
    btnl='詳しく見る', url='https://www.eki-net.com/top/tokudane/', unsub='https://www.eki-net.com/Personal/member/wb/MailMagazine', pre='年末年始のご予約は今すぐ', enc='u8b', unsure=True, tr='genuine newsletter with preheader'))

A(G('microsoft-unusual-signin-genuine', 'ms', 'Microsoft アカウントの通常と異なるサインイン アクティビティ', '通常と異なるサインイン アクティビティ',
    ['Microsoft アカウント ta***@example.jp で、通常と異なるサインイン アクティビティが検出されました。', '国/地域: 日本<br />IP アドレス: 126.77.12.34<br />日付: 2025/09/03 8:14 (JST)<br />プラットフォーム: Windows<br />ブラウザー: Edge',
     'ご本人の場合は、このメッセージを無視してかまいません。'], 'account-security-noreply@accountprotection.microsoft.com', 'accountprotection.microsoft.com', 'accountprotection.microsoft.com', '40.107.222.12',
    btnl='最近のアクティビティを確認する', url='https://account.live.com/Activity', kind='m365', enc='u8q', tr='genuine unusual-activity alert (looks like phishing theme); M365 trace'))

A(G('google-security-alert-ja', 'google', 'セキュリティ通知', '新しいデバイスでのログイン',
    ['taro.yamada@gmail.com', 'お使いの Google アカウントに、Windows デバイスから新しいログインがありました。このメールは、ご本人によるログインであることを確認するためにお送りしています。'],
    'no-reply@accounts.google.com', 'accounts.google.com', 'accounts.google.com', '209.85.220.73', btnl='アクティビティを確認', url='https://accounts.google.com/AccountChooser?Email=taro.yamada@gmail.com&continue=https://myaccount.google.com/alert/nt/1759000000000',
    fn='Google', enc='u8b', tr='genuine Google security alert', logo='https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png',
    to='taro.yamada@gmail.com'))

A(G('paypay-card-statement', 'paypay', '【PayPayカード】ご請求金額のお知らせ', 'ご請求金額のお知らせ',
    ['PayPayカードをご利用いただきありがとうございます。', '今月のご請求金額が確定しました。PayPayアプリでご確認ください。'], 'no-reply@paypay-card.co.jp', 'paypay-card.co.jp', 'paypay-card.co.jp', '182.22.24.12',
    btnl='明細を確認', url='https://www.paypay-card.co.jp/member/', enc='u8b', unsure=True, tr='genuine card statement notice'))

A(G('yamato-kuroneko-members-html', 'yamato', '【クロネコメンバーズ】お荷物お届けのお知らせ', 'お届け予定のお知らせ',
    ['クロネコメンバーズ会員様', 'お荷物のお届け予定日時をお知らせします。'], 'mail@kuronekoyamato.co.jp', 'kuronekoyamato.co.jp', 'kuronekoyamato.co.jp', '210.146.63.12',
    btnl='受け取り日時を変更', url='https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=482311807762', kvs=[('伝票番号', '4823-1180-7762'), ('お届け予定', '11月7日 午前中')], enc='sjisb', unsure=True, tr='genuine HTML delivery notice; Shift_JIS base64'))

A(G('au-pay-campaign-html', 'au', '【au PAY】たぬきの吉日キャンペーン', 'au PAY たぬきの吉日',
    ['毎月5のつく日はau PAYでおトク！'], 'info@au.com', 'au.com', 'au.com', '27.86.113.12', btnl='詳しく見る', url='https://aupay.wallet.auone.jp/contents/campaign/',
    unsub='https://www.au.com/mobile/service/mail/', pixel='https://www.au.com/mail/o.gif', enc='u8b', unsure=True, tr='genuine campaign; remote image pixel'))

A(G('jpcert-weekly-report', 'nta', 'JPCERT/CC WEEKLY REPORT 2025-11-12', 'JPCERT/CC WEEKLY REPORT',
    ['JPCERT-WR-2025-4401', '■フィッシング関連<br />三井住友カード、えきねっと、国税庁をかたるフィッシングサイトが引き続き確認されています。URLにアクセスする前に、正規のドメインであることを確認してください。',
     '■今週のトピックス<br />各種ソフトウエアの脆弱性情報を掲載しています。'],
    'jpcert@jpcert.or.jp', 'jpcert.or.jp', 'jpcert.or.jp', '210.148.223.21', btnl='WEEKLY REPORTを読む', url='https://www.jpcert.or.jp/wr/2025/wr254401.html', fn='JPCERT/CC',
    enc='jis', unsure=True, tr='genuine security report mentioning phishing brands and keywords', x=dict(brand='JPCERT/CC', html=None, st='plain')))

# ================================================================ everyday
A(T('family-forward-is-this-real-ekinet', '家族転送', 'Fwd: 【えきねっと】自動退会処理についてのお知らせ',
    'お父さんへ\n\nこんなメールが来たんだけど、これ本物？\nリンク押してないけど、えきねっと使ってるから気になって。\n\n---------- Forwarded message ---------\nFrom: えきねっと <info@eki-net.com>\nDate: 2025年2月10日(月) 9:14\nSubject: 【えきねっと】自動退会処理についてのお知らせ\nTo: <hanako.yamada@gmail.com>\n\nえきねっとをご利用いただき、ありがとうございます。\nお客様のアカウントは2025年2月14日に退会処理の対象となります。\n継続してご利用の場合は、下記よりログインしてください。\nhttps://www.eki-net.com.member-kakunin.cn/Personal/member/\n',
    '山田花子', 'hanako.yamada@gmail.com', 'gmail.com', 'gmail.com', '209.85.220.41', enc='u8b', tr='family member forwarding a phish asking これ本物？ (contains the phishing URL, but the mail itself is genuine)',
    to='taro.yamada@example.jp', x=dict(day=(2025, 2, 10))))

A(T('it-dept-warning-quoting-phish', '社内情報システム部', '【注意喚起】取引先を装った請求書メール（Microsoft 365ログイン）にご注意ください',
    '各位\n\n情報システム部です。\n本日午前、社内複数名宛に以下のフィッシングメールが届いていることを確認しました。\n\n件名：Microsoft 365: パスワードの有効期限が本日切れます\n差出人：Microsoft アカウント チーム <account-security-noreply@accountprotection-ms[.]cfd>\nリンク先：hxxps://login-microsoftonline[.]pw-keep[.]cfd/common/oauth2\n\n・メール内のリンクはクリックしないでください。\n・ID/パスワードを入力してしまった場合は、直ちに情報システム部（内線 2210）までご連絡ください。\n・不審メールは「報告」ボタンから報告をお願いします。\n\n正規のパスワード変更は社内ポータル（https://portal.example.co.jp/password）から行えます。\n\n--\n株式会社エグザンプル　情報システム部\n内線：2210\n',
    '情報システム部', 'it-helpdesk@example.co.jp', 'example.co.jp', 'example.co.jp', '10.20.1.15', kind='m365', enc='jis', tr='IT department warning quoting a phish with defanged URL; internal M365 mail',
    x=dict(crlf=True)))

A(T('colleague-shares-google-doc-link', '同僚', '議事録の共有です',
    '山田さん\n\nお疲れさまです。佐藤です。\n昨日の定例の議事録をGoogleドキュメントにまとめました。\n確認お願いします。\n\nhttps://docs.google.com/document/d/1xQ9rT2vBkP8mN3yZa7Lc0fH5uW4eJ6sD/edit?usp=sharing\n\n追記があればコメントください。\n\n佐藤\n',
    '佐藤 健一', 'k.sato@example.co.jp', 'example.co.jp', 'example.co.jp', '10.20.1.33', kind='m365', enc='jis', tr='colleague sharing Google Docs link; short plain ISO-2022-JP', x=dict(crlf=True)))

A(T('colleague-reply-thread-quoted', '同僚', 'Re: Re: 来週の打ち合わせ日程',
    '山田さん\n\n承知しました。では水曜14時でお願いします。\n会議室は3Aを押さえておきます。\n\n鈴木\n\n> 鈴木さん\n>\n> 水曜か木曜の午後でいかがでしょうか。\n>\n> 山田\n>\n>> 山田さん\n>> 来週どこかで30分ほどお時間いただけますか。\n>> 鈴木\n',
    '鈴木 美咲', 'm.suzuki@example.co.jp', 'example.co.jp', 'example.co.jp', '10.20.1.34', kind='m365', enc='jis', tr='quoted reply thread; no links; raw JIS display name', x=dict(crlf=True, rawjis=True)))

A(T('municipality-lg-jp-bousai-mail', '自治体', '【藤沢市防災メール】大雨警報の発表について',
    '藤沢市からのお知らせです。\n\n本日16時12分、藤沢市に大雨警報（土砂災害）が発表されました。\n崖や斜面の近くにお住まいの方は、早めの避難をご検討ください。\n\n避難所の開設状況はこちら\nhttps://www.city.fujisawa.kanagawa.jp/bousai/\n\n※このメールは送信専用です。\n藤沢市 防災安全部 危機管理課\n',
    '藤沢市防災メール', 'bousai@city.fujisawa.lg.jp', 'city.fujisawa.lg.jp', 'city.fujisawa.lg.jp', '210.250.88.11', kind='isp', enc='jis', unsure=True, tr='municipal disaster mail from lg.jp'))

A(T('municipality-tax-notice-sjis', '自治体', '【世田谷区】住民税（普通徴収）第3期納期限のお知らせ',
    '世田谷区からのお知らせです。\n\n令和7年度 特別区民税・都民税（普通徴収）第3期の納期限は 令和8年1月5日（月）です。\nお支払いは、納付書、口座振替、スマートフォン決済アプリ等をご利用いただけます。\n\n詳しくは区のホームページをご覧ください。\nhttps://www.city.setagaya.lg.jp/\n\n※本メールは配信登録された方にお送りしています。\n世田谷区 課税課\n',
    '世田谷区', 'mail@city.setagaya.lg.jp', 'city.setagaya.lg.jp', 'city.setagaya.lg.jp', '210.250.60.11', kind='isp', enc='sjis', unsure=True,
    tr='genuine municipal tax reminder (tax theme like 国税庁 phish); Shift_JIS'))

A(T('school-pta-notice-jis', '小学校', '【緑ヶ丘小】12月の行事予定とインフルエンザについて',
    '保護者の皆様\n\nいつも本校の教育活動にご理解・ご協力をいただきありがとうございます。\n12月の主な行事予定をお知らせします。\n\n①12月3日（水）　個人面談（〜5日）\n②12月12日（金）　持久走大会\n③12月24日（水）　終業式\n\nまた、市内でインフルエンザが流行しています。手洗い・うがいにご協力ください。\n\n緑ヶ丘小学校　教頭　田中\n',
    '緑ヶ丘小学校', 'info@midorigaoka-es.example.ed.jp', 'midorigaoka-es.example.ed.jp', None, '203.0.113.201', kind='isp', enc='jis', tr='school notice; CP932 ①②③ in ISO-2022-JP; no DKIM', x=dict()))

A(T('clinic-appointment-reminder-short', 'クリニック', 'ご予約の確認（さくら歯科）',
    '山田太郎様\n明日 11/14(金) 10:30 にご予約をいただいております。\n変更・キャンセルはこちら https://sakura-dental.example-yoyaku.jp/r/8812\nさくら歯科クリニック 03-1234-5678\n',
    'さくら歯科クリニック', 'noreply@example-yoyaku.jp', 'example-yoyaku.jp', 'example-yoyaku.jp', '203.0.113.202', enc='u88', tr='short reminder with reservation URL (looks like SMS phish but genuine)'))

A(T('mailing-list-digest-eucjp', 'メーリングリスト', 'debian-users Digest, Vol 212, Issue 3',
    'debian-users Digest 第212巻 3号\n\n本日の話題:\n\n   1. Re: bookworm で日本語入力ができない (Taro Suzuki)\n   2. apt update でエラー (Hanako Ito)\n\n----------------------------------------------------------------------\n\nMessage: 1\nDate: Mon, 9 Jun 2025 10:12:33 +0900\nFrom: Taro Suzuki <tsuzuki@example.net>\nSubject: Re: bookworm で日本語入力ができない\n\nfcitx5-mozc を入れて im-config で fcitx5 を選んでください。\n\n------------------------------\n\nMessage: 2\nDate: Mon, 9 Jun 2025 12:40:01 +0900\nFrom: Hanako Ito <hito@example.org>\nSubject: apt update でエラー\n\nsources.list の記述を確認しましたが…\n\n------------------------------\n\n_______________________________________________\ndebian-users mailing list\nhttps://lists.debian.or.jp/mailman/listinfo/debian-users\n',
    None, 'debian-users-request@debian.or.jp', 'debian.or.jp', None, '203.0.113.203', kind='isp', enc='euc', unsure=True, tr='mailing-list digest; EUC-JP 8bit; list headers',
    x=dict(xh=[('List-Id', 'Debian JP users <debian-users.debian.or.jp>'), ('Precedence', 'list')], scs='ISO-2022-JP', day=(2025, 6, 9))))

A(T('small-shop-order-confirm-html', 'ネットショップ', '【工房つむぎ】ご注文ありがとうございます',
    '', '工房つむぎ', 'shop@kobo-tsumugi.example.jp', 'kobo-tsumugi.example.jp', 'kobo-tsumugi.example.jp', '203.0.113.204', enc='u8b', tr='small shop HTML order confirmation with remote images',
    x=dict(st='html', text=None, html='<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;color:#333"><div style="max-width:560px;margin:auto"><img src="https://kobo-tsumugi.example.jp/img/logo.png" alt="工房つむぎ" width="200"><p>山田 太郎 様</p><p>この度は工房つむぎをご利用いただき、ありがとうございます。以下の内容でご注文を承りました。</p><table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>手織りコースター 4枚組</td><td>2,640円</td></tr><tr><td>送料</td><td>370円</td></tr><tr><td>合計</td><td>3,010円</td></tr></table><p>発送まで3〜5営業日ほどお時間をいただきます。</p><p><a href="https://kobo-tsumugi.example.jp/mypage/orders/10482">ご注文履歴</a></p><p>工房つむぎ　〒390-0811 長野県松本市中央2-3-4</p></div></body></html>\n')))

A(T('neighborhood-association-notice', '町内会', '町内会　清掃活動のお知らせ',
    '町内会の皆さま\n\n12月7日（日）午前9時より、公園の清掃活動を行います。\n軍手とゴミ袋はこちらで用意します。\n雨天の場合は中止です。\n\n東町三丁目町内会　会長　木村\n',
    '木村 一郎', 'kimura-ichiro@nifty.com', 'nifty.com', 'nifty.com', '202.248.238.11', kind='isp', enc='sjis', tr='neighborhood association plain Shift_JIS; ISP trace'))

A(T('piano-lesson-schedule', '習い事', '1月のレッスン日程について',
    '山田様\n\nいつもありがとうございます。\n1月のレッスンは10日・17日・24日・31日（いずれも土曜）16時からです。\n発表会の曲の楽譜をお持ちください。\n\nおおた音楽教室　太田\n',
    '太田 由美', 'ohta.music@example.ne.jp', 'example.ne.jp', None, '203.0.113.205', kind='isp', enc='jis', tr='personal plain mail; raw JIS From', x=dict(rawjis=True)))

A(T('hotel-booking-confirmation', '宿泊', '【ご予約確認】湯元　山の宿　ご宿泊のご案内',
    '山田 太郎 様\n\nこの度は湯元 山の宿をご予約いただき、誠にありがとうございます。\n\nご宿泊日：2026年2月14日（土）1泊\nお部屋：和室10畳（露天風呂付）\nご人数：大人2名\nご宿泊料金：58,300円（税込・入湯税別）\n\nチェックイン 15:00 ／ チェックアウト 10:00\nアクセス：https://yamanoyado.example.jp/access/\n\n湯元 山の宿\n〒381-0401 長野県下高井郡山ノ内町平穏0000\nTEL 0269-00-0000\n',
    '湯元 山の宿', 'info@yamanoyado.example.jp', 'yamanoyado.example.jp', 'yamanoyado.example.jp', '203.0.113.206', enc='u8b', tr='ryokan booking confirmation'))

A(T('connpass-event-reminder', 'イベント', '【connpass】「Python もくもく会 #42」開催日が近づいています',
    'こんにちは、tyamada さん\n\n参加登録しているイベント「Python もくもく会 #42」の開催日が近づいています。\n\n日時：2025/07/19(土) 13:00〜17:00\n会場：渋谷区 某コワーキングスペース\n\nイベントページ\nhttps://connpass.com/event/350001/\n\nconnpass\n',
    'connpass', 'no-reply@connpass.com', 'connpass.com', 'connpass.com', '52.68.12.11', enc='u8b', unsure=True, tr='event reminder'))

A(T('university-office-notice', '大学', '【学務課】後期授業料の納付について',
    '学生各位\n\n後期授業料の納付期限は10月31日です。\n口座振替の方は10月27日に引き落としとなります。残高をご確認ください。\n\n詳細は学内ポータル（要ログイン）をご確認ください。\nhttps://portal.example-u.ac.jp/\n\n※授業料の支払いを求めるメールが大学以外から届いた場合は、開かずに削除してください。\n\n学務課\n',
    '学務課', 'gakumu@example-u.ac.jp', 'example-u.ac.jp', 'example-u.ac.jp', '203.0.113.207', kind='m365', enc='jis', tr='university payment notice (payment theme, portal login)'))

A(T('conference-cfp-long', '学会', '[CFP] 第30回 情報セキュリティ研究会 論文募集（締切延長）',
    ('関係各位\n\n第30回情報セキュリティ研究会の論文募集締切を延長いたします。\n\n■新締切：2025年9月12日（金）23:59 JST\n■開催日：2025年11月20日（木）〜21日（金）\n■会場：オンライン併催\n\n■募集テーマ（例）\n' +
     ''.join('・%s\n' % t for t in ['フィッシング対策、なりすましメール検知', '送信ドメイン認証（SPF/DKIM/DMARC）の運用', 'マルウェア解析', 'Webセキュリティ', 'ユーザブルセキュリティ', '機械学習とセキュリティ', 'IoTセキュリティ', 'プライバシー保護技術']) +
     '\n■投稿方法\n投稿システム（https://cfp.example-sec.jp/）よりPDFで投稿してください。\n\n' + '■注意事項\n原稿は日本語または英語で、A4版6ページ以内とします。投稿された論文は、査読の上、採否を決定します。\n' * 4 + '\n実行委員会\n'),
    '情報セキュリティ研究会 実行委員会', 'sec30-committee@example-sec.jp', 'example-sec.jp', 'example-sec.jp', '203.0.113.208', enc='jis', tr='long CFP mentioning phishing and authentication terms'))

A(T('vendor-invoice-ppap-zip', '取引先', '【請求書送付】2025年10月分 ご請求書',
    '株式会社エグザンプル\n経理部 ご担当者様\n\nいつも大変お世話になっております。\n株式会社サンプル商事の伊藤でございます。\n\n2025年10月分のご請求書をお送りいたします。\n添付ファイルはパスワード付きZIPとなっております。パスワードは別途メールにてお送りいたします。\n\nご査収のほど、よろしくお願い申し上げます。\n\n────────────\n株式会社サンプル商事\n営業部　伊藤 直樹\nTEL：06-0000-0000\n────────────\n',
    '伊藤 直樹', 'n.ito@sample-shoji.example.jp', 'sample-shoji.example.jp', 'sample-shoji.example.jp', '203.0.113.209', kind='m365', enc='jis',
    tr='genuine PPAP: invoice as password ZIP, password sent separately (Japanese business custom)',
    x=dict(st='mixed', att=[('seikyusho_202510.zip', 'application/zip', lib.zipcrypto_zip('請求書_202510.pdf', lib.pdf_with_link('Invoice 2025/10', ['Sample Shoji Co., Ltd.', 'Amount: JPY 330,000'], 'https://sample-shoji.example.jp/'), 'Sx8#k2Qp'))])))

A(T('vendor-invoice-ppap-password', '取引先', '【パスワード送付】2025年10月分 ご請求書',
    '株式会社エグザンプル\n経理部 ご担当者様\n\n先ほどお送りしたファイルのパスワードをお知らせいたします。\n\nパスワード：Sx8#k2Qp\n\n株式会社サンプル商事　伊藤\n',
    '伊藤 直樹', 'n.ito@sample-shoji.example.jp', 'sample-shoji.example.jp', 'sample-shoji.example.jp', '203.0.113.209', kind='m365', enc='jis', tr='PPAP password follow-up mail'))

A(T('property-management-renewal-pdf', '不動産管理', '【更新のご案内】ご契約更新手続きについて',
    '山田 太郎 様\n\nいつもお世話になっております。\nご入居中のお部屋の賃貸借契約が2026年3月31日で満了となります。\n更新のご案内をPDFにてお送りしますので、ご確認ください。\n\n株式会社みどり不動産管理\n',
    '株式会社みどり不動産管理', 'kanri@midori-fudosan.example.jp', 'midori-fudosan.example.jp', 'midori-fudosan.example.jp', '203.0.113.210', kind='isp', enc='sjis',
    tr='genuine PDF attachment (contract renewal)', x=dict(st='mixed', att=[('koushin_annai.pdf', 'application/pdf', lib.pdf_with_link('Lease Renewal Notice', ['Contract ends: 2026/03/31', 'Renewal fee: 1 month rent'], 'https://midori-fudosan.example.jp/'))])))

A(T('newsletter-mailchimp-tracking', 'ブログ', '週刊 くらしの台所 vol.128',
    '', 'くらしの台所', 'hello@kurashi-daidokoro.example.jp', 'mail123.atl61.mcsv.net', 'kurashi-daidokoro.example.jp', '198.2.131.11', enc='u8b',
    tr='small newsletter via Mailchimp with list-manage.com click-tracking and open pixel; link text differs from href',
    x=dict(st='alt', text='今週のレシピ：白菜と豚肉のミルフィーユ鍋\nhttps://kurashi-daidokoro.example.jp/recipe/128\n\n配信停止：https://example.us21.list-manage.com/unsubscribe?u=abc&id=def\n',
           html='<html><head><meta charset="utf-8"></head><body><table width="600" align="center"><tr><td><img src="https://mcusercontent.com/abc/images/header.png" width="600" alt="くらしの台所"></td></tr><tr><td style="font-size:15px;line-height:1.8">今週のレシピは<b>白菜と豚肉のミルフィーユ鍋</b>。寒い日にぴったりです。<br><a href="https://example.us21.list-manage.com/track/click?u=abc123&id=def456&e=7788">https://kurashi-daidokoro.example.jp/recipe/128</a></td></tr><tr><td style="font-size:11px;color:#888"><a href="https://example.us21.list-manage.com/unsubscribe?u=abc123&id=def456">配信停止</a></td></tr></table><img src="https://example.us21.list-manage.com/track/open.php?u=abc123&id=def456&e=7788" width="1" height="1"></body></html>\n',
           xh=[('List-Unsubscribe', '<https://example.us21.list-manage.com/unsubscribe?u=abc123&id=def456>'), ('X-Mailer', 'Mailchimp Mailer')])))

A(T('internal-password-expiry-genuine', '社内情報システム部', '【情報システム部】パスワード有効期限のお知らせ（残り7日）',
    '山田 太郎 さん\n\nお使いの社内アカウントのパスワードは 7 日後に有効期限が切れます。\n社内ポータルからパスワードを変更してください。\nhttps://portal.example.co.jp/password\n\n※このメールに返信しないでください。\n※情報システム部がメールでパスワードを尋ねることはありません。\n\n情報システム部\n',
    '情報システム部', 'noreply-it@example.co.jp', 'example.co.jp', 'example.co.jp', '10.20.1.16', kind='m365', enc='u8b', tr='genuine internal password-expiry notice (same theme as M365 phish)', x=dict(crlf=True)))

A(T('friend-party-invite-iphone', '友人', '忘年会どうする？',
    'たろちゃん\n\n今年も忘年会やろうと思うんだけど、12/20(土)か12/27(土)どっちがいい？\n場所は前回と同じ新宿の店で考えてる。\n\nみき\n\niPhoneから送信\n',
    'みき', 'miki.t1990@icloud.com', 'icloud.com', 'icloud.com', '17.58.38.11', enc='u8q', tr='personal mail from iPhone; no links'))

A(T('nursery-contact-app-notice', '保育園', '【ひまわり保育園】お知らせが届いています',
    'ひまわり保育園からお知らせが届いています。\n\n件名：冬季の持ち物について\n\n内容の確認はアプリからお願いします。\nhttps://app.example-hoiku.jp/notice/55120\n\n※このメールは送信専用です。\n',
    'ひまわり保育園', 'notice@example-hoiku.jp', 'example-hoiku.jp', 'example-hoiku.jp', '203.0.113.211', enc='u8b', tr='contact-app notification with login link'))

A(T('health-checkup-result-ready', '健診センター', '健康診断結果のWeb閲覧開始のお知らせ',
    '山田 太郎 様\n\n先日受診された健康診断の結果がWebでご覧いただけるようになりました。\n受診者専用ページからログインしてご確認ください。\n\nhttps://kenshin.example-med.or.jp/result/\n※ログインIDは受診票に記載されています。\n\n医療法人 みなと健診センター\n',
    'みなと健診センター', 'info@example-med.or.jp', 'example-med.or.jp', 'example-med.or.jp', '203.0.113.212', kind='isp', enc='jis', tr='clinic result notice with login page link'))

A(T('zoom-meeting-invite-ja', '会議招待', 'Zoomミーティングへの招待：月次レビュー',
    '佐藤 健一さんがあなたを予定されたZoomミーティングに招待しています。\n\nトピック：月次レビュー\n時刻：2025年12月4日 10:00 大阪、札幌、東京\n\nZoomミーティングに参加する\nhttps://us06web.zoom.us/j/81234567890?pwd=aBcDeFgHiJkLmNoP\n\nミーティングID: 812 3456 7890\nパスコード: 482913\n',
    '佐藤 健一', 'k.sato@example.co.jp', 'example.co.jp', 'example.co.jp', '10.20.1.33', kind='m365', enc='u8b', tr='meeting invite with zoom link and passcode', x=dict(crlf=True)))

A(T('furusato-nozei-receipt', 'ふるさと納税', '【さとふる】寄付お申し込み完了のお知らせ',
    'この度はさとふるをご利用いただき、誠にありがとうございます。\n以下の内容で寄付のお申し込みを受け付けました。\n\n寄付先：北海道○○町\nお礼品：いくら醤油漬け 500g\n寄付金額：15,000円\n\n寄付の詳細はマイページからご確認ください。\nhttps://www.satofull.jp/mypage/\n\nさとふる\n',
    'さとふる', 'info@satofull.jp', 'satofull.jp', 'satofull.jp', '203.0.113.213', enc='u8b', unsure=True, tr='donation receipt'))

A(T('antiphishing-council-news', 'フィッシング対策協議会', '[フィッシング対策協議会] 緊急情報：国税庁をかたるフィッシング',
    'フィッシング対策協議会からのお知らせです。\n\n国税庁をかたるフィッシングの報告を受けています。\n\n■メールの件名\n・【国税庁】未納税金のお知らせ（最終催告）\n\n■フィッシングサイトのURL\nhxxps://e-tax[.]nta[.]go[.]jp[.]nouzei-tetsuzuki[.]cn/\n\n2025/03/20 15:00 時点で稼働中です。類似のURLにご注意ください。\n\nhttps://www.antiphishing.jp/news/alert/\n',
    'フィッシング対策協議会', 'info@antiphishing.jp', 'antiphishing.jp', 'antiphishing.jp', '203.0.113.214', enc='jis', unsure=True, tr='anti-phishing council alert quoting phishing subject and defanged URL'))

A(T('beauty-salon-reservation', '美容院', 'ご予約ありがとうございます【hair salon COCO】',
    '山田様\n\nご予約ありがとうございます。\n\n日時：1月18日(日) 11:00〜\nメニュー：カット＋カラー\n担当：松本\n\n変更・キャンセルは前日までにお電話ください。\nhair salon COCO　03-0000-1111\n',
    'hair salon COCO', 'coco.salon@example-beauty.jp', 'example-beauty.jp', 'example-beauty.jp', '203.0.113.215', enc='sjisb', tr='small business plain mail; Shift_JIS base64'))

A(T('library-reservation-ready', '図書館', '予約資料のご用意ができました',
    '山田 太郎 様\n\nご予約いただいた資料のご用意ができました。\n\n書名：ゼロからわかる暗号のしくみ\n受取館：中央図書館\n取置期限：2025/06/20\n\n利用者ページ https://www.library.example-city.lg.jp/opac/\n\n○○市立中央図書館\n',
    '○○市立図書館', 'library@example-city.lg.jp', 'example-city.lg.jp', 'example-city.lg.jp', '203.0.113.216', kind='isp', enc='jis', tr='library notice; lg.jp style; login page link'))

A(G('amazon-payment-method-update-genuine', 'amazon', 'Amazon.co.jp: お支払い方法の情報を更新してください', 'お支払い方法の更新が必要です',
    ['山田 太郎 様', 'ご注文（注文番号 249-7712093-1182644）のお支払いに使用されたクレジットカードの有効期限が切れています。', 'アカウントサービスの「お支払い方法」から情報を更新してください。更新後、注文の処理を再開します。'],
    'payments-messages@amazon.co.jp', 'bounces.amazon.co.jp', 'amazon.co.jp', '54.240.8.133', btnl='お支払い方法を更新', url='https://www.amazon.co.jp/cpe/yourpayments/wallet?ref_=ya_d_c_pmt_mpo',
    logo='https://m.media-amazon.com/images/G/09/x-locale/common/amazon_logo._CB485926565_.png', enc='u8b', unsure=True,
    tr='genuine payment-update request (same lure text as phishing); links to amazon.co.jp only; DMARC pass'))

A(T('apple-account-signin-genuine', 'Apple', 'お使いのApple Accountが新しいデバイスでのサインインに使用されました',
    '山田 太郎 様\n\nお使いのApple Account（taro.yamada@example.jp）が、2025年10月2日 21:14 (JST) に以下のデバイスでのサインインに使用されました。\n\niPhone 16\n\nこのサインインに心当たりがない場合は、パスワードを変更してください：\nhttps://account.apple.com\n\nApple サポート\n',
    'Apple', 'no_reply@email.apple.com', 'email.apple.com', 'email.apple.com', '17.58.63.21', enc='u8b', tr='genuine Apple sign-in notice'))

_rk = G('rakuten-login-alert-charset-mismatch', 'rakuten', '【楽天会員】ログインのお知らせ', 'ログインのお知らせ',
    ['楽天会員 様', '楽天会員のアカウントにログインがありました。', '日時：2025/11/09 22:41<br />環境：iOS / Safari', 'お心当たりのない場合は、パスワードを変更してください。'],
    'no-reply@rakuten.co.jp', 'rakuten.co.jp', 'rakuten.co.jp', '133.237.16.21', btnl='楽天会員情報の管理', url='https://profile.id.rakuten.co.jp/',
    enc='sjisb', unsure=True, tr='genuine login alert; MIME Shift_JIS but HTML meta says UTF-8 (sloppy but real-world); subject split mid-character', x=dict(split=17))
_rk['html'] = _rk['html'].replace('charset=Shift_JIS', 'charset=UTF-8')
A(_rk)
