# Everyday senders: schools, clinics, shops, apartments, HR, family, mailing lists; BEC and invoices
from common import P, G, forged, own, esp, NOAUTH, page, a

R1 = ('佐藤 美咲', 'misaki.sato@example.jp')
R2 = ('', 'k-suzuki@example.jp')
R3 = ('高橋 健一', 'takahashi.kenichi@example.jp')
R4 = ('山田 太郎', 'yamada.taro@example.jp')
W = ('経理部 中村 由美', 'nakamura.yumi@example.jp')

# ------------------------------------------------------------------ schools
G('school-newsletter-line', '小学校', ('桜丘小学校 PTA', 'pta@sakuragaoka-es.example.jp'),
  '【学校だより】12月号と連絡網(LINE)移行のお知らせ',
  '保護者の皆様\n\nいつもお世話になっております。桜丘小学校PTAです。\n12月号の学校だよりを添付いたします。\n\n'
  '■緊急連絡網のLINE移行について\n1月からクラスの連絡網をLINEオープンチャットに移行します。参加用QRコードは学年通信に印刷しています。\n'
  'PTAがLINEで口座番号やパスワードを聞くことはありません。\n\n■冬休みの生活について\n12月25日から1月7日まで。\n\n桜丘小学校PTA 広報委員\n',
  cs='iso-2022-jp', attach=[('pdf', '学校だより12月号.pdf')], to=R1, auth=own('gmail', mailfrom='sakuragaoka-es.example.jp'),
  tricks='school newsletter naming LINE and QR; ISO-2022-JP body with PDF attachment (Japanese filename encoded-word)')
G('school-mimamori-urgent', '小学校', ('桜丘小学校 メール配信', 'noreply@mimamori-mail.example.net'),
  '【緊急】不審者情報(桜丘2丁目付近)',
  '桜丘小学校です。\n本日15時ごろ、桜丘2丁目公園付近で児童に声をかける不審者がありました。\n下校時はできるだけお迎えをお願いします。\n'
  '詳細: https://mimamori-mail.example.net/m/sakura/8841\n\n※このメールは学校連絡配信サービスから送信しています。\n',
  cte='base64', subj='bsplit', to=R1, auth=own('gmail', mailfrom='mimamori-mail.example.net'),
  tricks='genuine urgent school alert via a third-party delivery service domain; UTF-8 subject split mid-character across encoded-words')
G('school-juku-invoice', '学習塾', ('明光ゼミ 上野校', 'ueno@meiko-zemi.example.jp'),
  '冬期講習 受講料のお振込みのお願い',
  '高橋 健一 様(保護者様)\n\n冬期講習のお申込みありがとうございます。\n受講料 48,400円 を12月10日までに下記口座へお振込みください。\n\n'
  'みずほ銀行 上野支店 普通 1234567 メイコウゼミ(カ\n\n※お振込み手数料はご負担ください。\n明光ゼミ 上野校 教室長 森\n',
  cs='shift_jis', cte='8bit', subj='raw-sjis', to=R3, auth=own('isp', mailfrom='meiko-zemi.example.jp'),
  tricks='genuine payment request with bank account (like BEC), names みずほ銀行; Shift_JIS 8bit with raw Shift_JIS subject')
# ------------------------------------------------------------------ clinics
G('clinic-yoyaku-reminder', 'クリニック', ('さくら歯科クリニック', 'info@sakura-dental.example.jp'),
  'ご予約日前日のお知らせ',
  '山田 太郎 様\n\nさくら歯科クリニックです。\n明日 11月12日(水) 18:30 のご予約をお知らせします。\n'
  'ご都合が悪くなった場合はお電話(045-555-0188)でご連絡ください。\n保険証またはマイナ保険証をお持ちください。\n',
  cs='iso-2022-jp', nameraw='jis', crlf=True, to=R4, auth=NOAUTH,
  tricks='small clinic, ISO-2022-JP raw JIS display name, CRLF, no Authentication-Results; マイナ保険証 mention')
G('clinic-online-shinryo', 'クリニック', ('みなと内科 オンライン診療', 'no-reply@clinics-app.example.com'),
  '【みなと内科】オンライン診療のお支払いが完了しませんでした',
  '佐藤 美咲 様\n\n11月5日のオンライン診療のお支払い(クレジットカード)が完了しませんでした。\nカード会社の利用制限による可能性があります。\n'
  'アプリの「お支払い」からカード情報を再登録してください。\nhttps://app.clinics-app.example.com/patients/payments\n',
  cte='base64', to=R1, auth=own('gmail', mailfrom='clinics-app.example.com'),
  tricks='HARD genuine: real payment failure asking to re-register card, sent by a platform on behalf of a clinic')
# ------------------------------------------------------------------ local shops
G('shop-bakery-jis-old', '地元の店', ('パン工房むぎのほ', 'mugi@muginoho.example.jp'),
  '年末年始の営業日と予約パンのご案内',
  'いつもありがとうございます。パン工房むぎのほです。\n\n年末年始の営業日\n  12/28(日)まで通常営業\n  12/29〜1/4 お休み\n\n'
  'シュトーレンのご予約を承っております。お支払いは店頭で現金・PayPay・各種カード(JCB/VISA)がご利用いただけます。\n\n'
  '〒156-0043 東京都世田谷区… TEL 03-5555-0199\n',
  cs='iso-2022-jp', subj='jis', nameraw='jis', to=R1, auth=own('isp', mailfrom='muginoho.example.jp'),
  tricks='old-fashioned ISO-2022-JP mail, raw JIS display name, names PayPay/JCB/VISA')
G('shop-esp-newsletter-tracker', '地元の店', ('カフェ・ルポ', 'news@cafe-repos.example.jp'),
  '【期間限定】冬のブレンド入荷&会員様限定クーポン', None,
  html=page('冬のブレンドが入荷しました', ['いつもカフェ・ルポをご利用いただきありがとうございます。', '会員様限定 10%OFFクーポン(12/15まで)'], 'クーポンを見る',
      'https://u1234567.ct.sendgrid.net/ls/click?upn=u001.Qx8kA-2FdL9-2BcafeRepos', color='#6b4226',
      footer='配信停止はこちら\nカフェ・ルポ 札幌市中央区…'),
  to=R4, hdrs=['List-Unsubscribe: <https://u1234567.ct.sendgrid.net/wf/unsubscribe?upn=u001.xyz>'],
  auth=esp('gmail', 'em1234.cafe-repos.example.jp', 'cafe-repos.example.jp'),
  tricks='HARD genuine small-shop newsletter through SendGrid click tracker (same tracker as a known lure); 期間限定')
G('shop-ec-cuenote-furusato', 'ふるさと納税', ('さとふる', 'info@satofull.jp'),
  '【さとふる】寄附お申し込み完了のお知らせ',
  '佐藤 美咲 様\n\nこの度はさとふるをご利用いただき、誠にありがとうございます。\n寄附のお申し込みが完了しました。\n\n'
  '寄附先: 北海道紋別市\nお礼品: ほたて貝柱 1kg\n寄附金額: 15,000円\nお支払い: クレジットカード\n\n'
  '※寄附金受領証明書は後日郵送されます。\nマイページ: https://www.satofull.jp/mypage/\n',
  cte='base64', to=R1, auth=esp('m365', 'bounce.cuenote.example.jp', 'satofull.jp'),
  tricks='genuine via ESP bounce domain; satofull.jp sender UNVERIFIED')
P('furusato-fake-deadline', 'ふるさと納税', ('ふるさと納税 事務局', 'info@furusato-tax-center.shop'),
  '【年内締切】ふるさと納税 寄附金控除の申請が未完了です',
  'ふるさと納税をご利用のお客様\n\n寄附金控除の申請(ワンストップ特例)が未完了です。年内に手続きしない場合、控除を受けられません。\n'
  '手続き(マイナンバーカードの写真とカード情報が必要です): https://furusato-tax-center.shop/onestop\n',
  cte='qp', subj='q', to=R3, auth=own('gmail'), tricks='Q-encoded subject; fake ワンストップ特例 deadline asking My Number photo + card')
# ------------------------------------------------------------------ apartment management
G('apartment-kanri-water', 'マンション管理会社', ('グランメゾン世田谷 管理事務所', 'kanri@hoshino-kanri.example.jp'),
  '【グランメゾン世田谷】給水設備点検に伴う断水のお知らせ',
  '居住者各位\n\n下記日程で給水設備の法定点検を実施いたします。点検中は断水となります。\n日時: 12月3日(水) 10:00〜14:00\n\n'
  'ご不明な点は管理事務所(03-5555-0120)までお問い合わせください。\n星野コミュニティ管理株式会社\n',
  cs='iso-2022-jp', to=R1, auth=own('isp', mailfrom='hoshino-kanri.example.jp'), tricks='apartment notice, ISO-2022-JP')
G('apartment-rent-autopay-fail', 'マンション管理会社', ('星野コミュニティ管理 賃料担当', 'chinryo@hoshino-kanri.example.jp'),
  '【重要】11月分賃料の口座振替ができませんでした',
  '佐藤 美咲 様\n\n11月分賃料(85,000円)の口座振替が、残高不足のためできませんでした。\n'
  'お手数ですが、11月20日までに契約書記載の当社指定口座(三井住友銀行 渋谷支店)へお振込みください。\n'
  '振込先は契約時の書面と同じで、変更はございません。\n\n星野コミュニティ管理株式会社 賃料担当 村井\n',
  cte='qp', to=R1, auth=own('gmail', mailfrom='hoshino-kanri.example.jp'),
  tricks='HARD genuine payment failure from property manager with deadline and bank name')
P('apartment-rent-account-change-bec', 'マンション管理会社', ('星野コミュニティ管理 賃料担当', 'chinryo.hoshinokanri@gmail.com'),
  '【重要】賃料振込先口座変更のお知らせ',
  '入居者様各位\n\n弊社の取引銀行変更に伴い、12月分以降の賃料振込先を下記口座に変更いたします。\n'
  '旧口座へのお振込みは返金手続きに時間がかかりますのでご注意ください。\n\n'
  '新振込先: ゆうちょ銀行 〇一八店 普通 7712045 カ)ホシノカンリ\n\n本件は電話でのお問い合わせを受け付けておりません。メールでご返信ください。\n',
  cte='base64', to=R1, reply_to=None, auth=own('gmail', mailfrom='gmail.com', dkimd='gmail.com'),
  tricks='BEC: landlord/manager impersonation from gmail.com, bank-account change, no link, discourages phone check')
# ------------------------------------------------------------------ employer HR / IT
G('hr-nenmatsu-chosei', '勤務先 人事部', ('人事部 給与担当', 'kyuyo@example.jp'),
  '【要対応】年末調整の申告期限は11月14日です',
  '社員各位\n\n人事部給与担当です。年末調整の申告を11月14日(金)までに完了してください。\n'
  '申告はSmartHR(https://example-corp.smarthr.jp/)から行えます。未申告の場合、ご自身で確定申告が必要になります。\n\n'
  '生命保険料控除証明書の写真アップロードをお忘れなく。\n',
  cte='base64', to=R2, auth=own('m365', mailfrom='example.jp', dkimd='example.jp'),
  tricks='genuine internal HR with deadline and SaaS link')
G('hr-smarthr-payslip', '勤務先 人事部', ('SmartHR', 'no-reply@smarthr.jp'),
  '給与明細が発行されました',
  '鈴木 さん\n\n株式会社イグザンプルから2026年11月分の給与明細が発行されました。\nhttps://example-corp.smarthr.jp/payslips\n',
  cte='8bit', to=R2, auth=own('gmail', mailfrom='smarthr.jp', dkimd='smarthr.jp'),
  tricks='genuine SaaS payslip notice on a third-party domain; smarthr.jp UNVERIFIED')
P('hr-payslip-lure', '勤務先 人事部', ('人事部', 'hr-notice@example-jp.info'),
  '【人事部】2026年冬季賞与の明細確認',
  '社員各位\n\n冬季賞与の明細を公開しました。社内アカウント(メールアドレスとパスワード)でログインして確認してください。\n本日中に確認がない場合、振込が保留されます。\n'
  'https://example-jp-hr.sharepoint-files.net/bonus\n',
  cte='base64', to=R2, auth=own('gmail'), tricks='employer-HR impersonation from look-alike of the recipient company domain; bonus lure')
P('ceo-gift-card-bec', '勤務先 社長', ('代表取締役 岡田 誠', 'okada.makoto.ceo@outlook.jp'),
  '至急',
  '中村さん\n\nお疲れ様です。岡田です。今会議中で電話に出られません。\n取引先へのお礼として、Appleギフトカード5万円分(1万円×5枚)を至急購入してもらえますか。\n'
  '購入後、カード裏面のコードを写真で送ってください。立替分は後で精算します。\nこの件は他の人には内密にお願いします。\n',
  cte='8bit', to=W, auth=own('m365', mailfrom='outlook.jp', dkimd='outlook.jp'),
  tricks='CEO gift-card BEC from free mail; no link; secrecy; urgent')
P('fake-invoice-zip-partner', '取引先', ('株式会社ミナト商事 経理部', 'keiri@minato-shoji.example.co.jp'),
  '【ご請求書】2026年11月分 のご送付',
  '株式会社イグザンプル 経理ご担当者様\n\nいつもお世話になっております。\n11月分のご請求書を添付にてお送りいたします。パスワードは別メールにてお送りします。\n\n株式会社ミナト商事 経理部\n',
  cs='iso-2022-jp', attach=[('zip', '請求書_202611.zip')], to=W, auth=own('isp'),
  tricks='Emotet-style encrypted ZIP invoice from compromised partner (full pass); ISO-2022-JP')
P('fake-invoice-bank-change-bec', '取引先', ('ミナト商事 経理 佐野', 'sano.keiri@minato-shoji-co.jp'),
  'Re: 11月分お支払いについて',
  '中村様\n\nお世話になっております。ミナト商事の佐野です。\n監査の都合により、今回のお支払いから振込先を以下に変更させていただきます。\n'
  '香港上海銀行 東京支店 普通 0081234 MINATO TRADING LTD\n\nお手数ですが、本日中のお振込みをお願いいたします。\n\n'
  '> 11月分のお支払いは月末予定です。\n> 中村\n',
  cte='qp', to=W, auth=own('m365'), tricks='BEC look-alike partner domain (hyphen), reply chain, overseas account change')
G('invoice-genuine-partner', '取引先', ('株式会社ミナト商事 経理部 佐野', 'sano@minato-shoji.example.co.jp'),
  '11月分ご請求書送付のご案内(請求書発行サービス経由)',
  '株式会社イグザンプル 中村様\n\nいつもお世話になっております。ミナト商事の佐野です。\n11月分のご請求書を請求書発行サービスよりお送りしました。\n'
  'お支払い期日: 12月31日\n振込先はこれまでと変更ございません。\n\n株式会社ミナト商事 経理部 佐野\n',
  cs='iso-2022-jp', attach=[('pdf', '請求書_202611_ミナト商事.pdf')], to=W, auth=own('isp', mailfrom='minato-shoji.example.co.jp'),
  tricks='genuine invoice with PDF from a partner; ISO-2022-JP')
# ------------------------------------------------------------------ family / friends
G('family-fwd-school-photo', '家族', ('佐藤 和子', 'kazuko.sato1955@yahoo.co.jp'),
  'Fwd: 運動会の写真販売のお知らせ',
  '美咲へ\n孫の運動会の写真、申し込んでおいてくれる?\n\n---------- 転送メッセージ ----------\nFrom: フォトスタジオ光 <info@photo-hikari.example.jp>\n'
  '件名: 運動会の写真販売のお知らせ\n\n桜丘小学校 運動会の写真をWeb販売しています。\n閲覧パスワード: sakura2026\n販売期間: 11月30日まで\nhttps://photo-hikari.example.jp/sale/sakura\n',
  cte='8bit', to=R1, auth=own('gmail', mailfrom='yahoo.co.jp', dkimd='yahoo.co.jp'), tricks='family forward of a school photo sale with a password in the text')
G('friend-reply-concert', '友人', ('田中 恵', 'megumi.tanaka.88@gmail.com'),
  'Re: 来月のライブのチケット',
  '美咲ちゃん\n\nチケット取れたよー!e+から電子チケットで分配するね。\nチケット代 9,800円はPayPayで送ってくれたら嬉しいです。\n\n'
  '> 取れたら教えてね!立て替えてもらった分すぐ払うから。\n> 美咲\n',
  cte='base64', to=R1, auth=own('gmail', mailfrom='gmail.com', dkimd='gmail.com'),
  tricks='friend reply from Gmail asking to send money via PayPay (genuine)')
G('family-fwd-bank-warning', '家族', ('高橋 陽子', 'yoko.takahashi@example.jp'),
  '転送: 【JCB】不審なメールにご注意ください',
  '健一さん\nこの前のメール、やっぱり偽物だったみたい。JCBからこういうお知らせが来てた。\n\n'
  '-------- 転送元メッセージ --------\n差出人: JCB <mail@qa.jcb.co.jp>\n件名: 【JCB】不審なメールにご注意ください\n\n'
  'JCBを装い「ご利用代金のお支払いについて」「カードの使用制限」等の件名で偽サイトへ誘導するメールが確認されています。\n'
  'リンク先でカード番号やパスワードを入力しないでください。\n',
  cs='iso-2022-jp', to=R3, auth=own('gmail', mailfrom='example.jp'), tricks='family forward of a genuine JCB phishing warning (転送:), lure words quoted')
G('family-sms-question-safe', '家族', ('佐藤 和子', 'kazuko.sato1955@yahoo.co.jp'),
  'Re: これ本物?',
  '美咲ちゃん\n教えてくれてありがとう。あのドコモのは押さずに消しました。\nお父さんにも言っておくね。\n\n'
  '> お母さん、それ詐欺だから押さないで消してね。ドコモはSMSでポイント失効とか言ってこないよ。\n',
  cte='8bit', subj='raw-utf8', to=R1, auth=own('gmail', mailfrom='yahoo.co.jp', dkimd='yahoo.co.jp'),
  tricks='family reply discussing a scam (no link); raw 8-bit UTF-8 subject')
# ------------------------------------------------------------------ mailing lists
G('ml-doukoukai', 'メーリングリスト', ('伊藤 修', 'ito.osamu@example.org'),
  '[kita-ob:01284] 同窓会の会費振込について',
  '皆様\n\n幹事の伊藤です。同窓会の会費(5,000円)の振込先をお知らせします。\nゆうちょ銀行 記号10180 番号12345671 キタコウオービーカイ\n'
  '12月10日までにお願いします。\n\n-- \nkita-ob メーリングリスト\nhttps://lists.example.org/mailman/listinfo/kita-ob\n',
  cs='iso-2022-jp', to=('', 'kita-ob@lists.example.org'),
  hdrs=['List-Id: <kita-ob.lists.example.org>', 'Sender: kita-ob-bounces@lists.example.org', 'List-Post: <mailto:kita-ob@lists.example.org>'],
  auth=own('gmail', mailfrom='lists.example.org', dkimd='lists.example.org', dmarc='fail', policy='NONE'),
  tricks='mailing-list relay: From domain example.org, DKIM by list, DMARC fail p=NONE; asks money to ゆうちょ account')
G('ml-choukai-zoom', 'メーリングリスト', ('町内会 事務局', 'jimukyoku@sakuragaoka-chokai.example.jp'),
  '[桜丘町内会] 臨時役員会(Zoom)のご案内',
  '役員各位\n\n臨時役員会をZoomで開催します。\n日時: 11月20日(木) 20:00〜\nhttps://us06web.zoom.us/j/84712345678?pwd=abc123\nミーティングID: 847 1234 5678\n',
  cte='base64', attach=[('ics', '臨時役員会')], to=('', 'yakuin@sakuragaoka-chokai.example.jp'),
  hdrs=['List-Id: <yakuin.sakuragaoka-chokai.example.jp>'], auth=own('isp', mailfrom='sakuragaoka-chokai.example.jp'),
  tricks='neighbourhood ML with Zoom link and .ics')
# ------------------------------------------------------------------ more phishing: 2025-26 styles
P('webmail-shared-doc-compromised-univ', 'Microsoft', ('森 教授', 'mori.h@lab.kita-univ.example.ac.jp'),
  '共有ドキュメント: 研究費精算書類', None,
  html=page('ドキュメントが共有されました', ['森 さんが「研究費精算書類.pdf」を共有しました。', '表示するにはメールアカウントで認証してください。'], 'ドキュメントを表示',
      'https://docs-share-view.pages.dev/#k-suzuki@example.jp', color='#0078d4'),
  to=R2, auth=own('gmail'), tricks='compromised university sender; recipient address in URL fragment; pages.dev')
P('dhl-customs-qr-attach', 'DHL', ('DHL Express', 'noreply@dhl-jp-customs.com'),
  'DHL: 輸入関税のお支払い(お荷物保留中)',
  'お客様のお荷物は通関手続きのため保留されています。\n添付のPDFのQRコードから関税 2,340円 をお支払いください。\n',
  attach=[('pdf', 'DHL_Invoice.pdf')], to=R4, auth=own('m365'), tricks='QR inside PDF attachment (not visible to link checks); look-alike')
P('google-open-redirect-rakuten-mobile', '楽天モバイル', ('楽天モバイル', 'info@rakuten-mobile-jp.net'),
  '【楽天モバイル】ご利用料金のお支払いが確認できません',
  'お客様の楽天モバイルのご利用料金が未払いです。\n回線停止を避けるため、以下よりお支払いください。\nhttps://www.bing.com/ck/a?!&&p=9d2f&u=a1aHR0cHM6Ly9yYWt1dGVuLW1vYmlsZS1qcC5uZXQv\n',
  cte='base64', to=R3, auth=own('gmail'), tricks='Bing click redirect wrapping a look-alike')
P('amazon-hanko-reply-only', 'Amazon', ('Amazon出品サービス', 'seller-support@amazon-seller-jp.net'),
  '【アカウント停止】出品者アカウントの審査について',
  '出品者様\n\nお客様の出品者アカウントは、規約違反の疑いにより一時停止されました。\n'
  '審査のため、以下の情報を本メールに返信してください。\n・代表者氏名\n・登録口座番号\n・運転免許証の写真\n',
  cte='qp', to=R3, auth=own('gmail'), tricks='reply-only data harvest (no link)')
P('coincheck-machine-jp', 'Coincheck', ('Coincheck', 'support@coincheck-security.top'),
  '【Coincheck】安全確認が必要',
  '親愛なる顧客、\n\nあなたのアカウントは異常なログイン行為を見つけました。資産の安全を保障するため、24時間以内に身分検証を完成してください。\n'
  '検証リンク: https://coincheck-security.top/verify\n\n完成しない場合、アカウントは凍結されます。\n',
  cte='base64', to=R2, auth=own('gmail'), tricks='machine-translated Japanese (親愛なる顧客, 完成してください)')
P('google-drive-userinfo-trick', 'Google', ('Google ドライブ', 'drive-shares-noreply@drive-share-notice.com'),
  '「2026年 年末調整書類.xlsx」が共有されました',
  '人事部 があなたとファイルを共有しました: 2026年 年末調整書類.xlsx\n\n開く: https://drive.google.com@drive-share-notice.com/file/d/1x9/view\n',
  cte='base64', to=R2, auth=own('m365'), tricks='userinfo trick https://drive.google.com@attacker; HR year-end lure')
P('yamato-fullwidth-url', 'ヤマト運輸', ('クロネコヤマト', 'kuroneko@yamato-info.link'),
  'お荷物の配達日時の確認',
  'ヤマト運輸です。お荷物のお届け日時をご指定ください。\n\nｈｔｔｐｓ：／／yamato-info.link/d\n\n指定がない場合は返送となります。\n',
  cs='iso-2022-jp', to=R1, auth=own('isp'), tricks='full-width scheme in URL text (ｈｔｔｐｓ：／／) to evade link extraction; .link')
