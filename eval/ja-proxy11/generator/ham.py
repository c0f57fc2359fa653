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
