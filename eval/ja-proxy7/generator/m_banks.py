# Banks, delivery, transport
from common import P, G, forged, own, esp, NOAUTH, page, a

R1 = ('佐藤 美咲', 'misaki.sato@example.jp')
R2 = ('', 'k-suzuki@example.jp')
R3 = ('高橋 健一', 'takahashi.kenichi@example.jp')
R4 = ('山田 太郎', 'yamada.taro@example.jp')

# ------------------------------------------------------------------ 三菱UFJ銀行
P('mufg-torihiki-mokuteki', '三菱UFJ銀行', ('三菱UFJ銀行', 'mail_info_m1ax_MUFG_028111@kitaguni-unyu.jp'),
  '【三菱UFJ銀行】【重要】お取引目的等のご確認のお願い no:9313041546160111312154', None,
  html=page('お取引目的等のご確認のお願い', ['いつも三菱UFJ銀行をご利用いただきありがとうございます。',
      '当行では、犯罪収益移転防止法に基づき、お客さまのお取引目的等を定期的に確認させていただいております。',
      'ご回答いただけない場合、お取引を制限させていただく場合がございます。'], 'ご回答はこちら',
      'https://mufg-kakunin.azurewebsites.net/direct/', color='#d00'),
  to=R3, auth=own('gmail'), tricks='unrelated (invented) sender domain passing, local part styled on a public sample; 取引目的確認 lure (real bank process); azurewebsites.net')
P('mufg-direct-forged-isp', '三菱UFJ銀行', ('三菱UFJダイレクト', 'direct@direct-11.bk.mufg.jp'),
  '【三菱UFJダイレクト】ワンタイムパスワード再設定のお知らせ',
  '三菱UFJダイレクトをご利用のお客さま\n\nワンタイムパスワードアプリの有効期限が切れました。\n引き続きご利用いただくには、以下より再設定をお願いします。\n\n'
  'https://entry11.bk.mufg.jp/ibg/dfw/APLIN/loginib/login?_TRANID=AA000_001\n\n株式会社三菱UFJ銀行\n',
  html='<p>三菱UFJダイレクトをご利用のお客さま</p><p>ワンタイムパスワードアプリの有効期限が切れました。以下より再設定をお願いします。</p>'
       '<p><a href="https://entry11-bk-mufg.jp-direct.help/loginib/">https://entry11.bk.mufg.jp/ibg/dfw/APLIN/loginib/login?_TRANID=AA000_001</a></p>',
  to=R1, auth=forged('isp', mf='outbound.jp-direct.help'), tricks='forged real MUFG domain (direct-11.bk.mufg.jp) with SPF softfail/DMARC fail in ISP format; multipart with plain text showing official URL, HTML href to look-alike')
P('mufg-sms-ocr-shortener', '三菱UFJ銀行', ('', 'mufg.center0921@yahoo.co.jp'), '',
  '[三菱UFJ銀行]お客様の口座が凍結されました。解除手続き: https://tinyurl.com/mufg-kaijo\n',
  subj='none', cte='8bit', to=R4, auth=own('gmail', mailfrom='yahoo.co.jp', dkimd='yahoo.co.jp'),
  tricks='SMS-style from yahoo.co.jp free mail, no subject, tinyurl')
G('mufg-furikomi-genuine', '三菱UFJ銀行', ('三菱UFJ銀行', 'direct@direct-11.bk.mufg.jp'),
  '【三菱UFJ銀行】振込受付のお知らせ',
  '山田 太郎 様\n\n三菱UFJダイレクトにて、以下の振込を受け付けました。\n\n受付日時: 2026年11月04日 12:31\n振込先: ﾐﾂﾋﾞｼ ﾌﾄﾞｳｻﾝｶﾝﾘ(ｶ\n金額: 85,000円\n\n'
  'お心当たりのない場合は、至急下記までご連絡ください。\n三菱UFJダイレクト 0120-543-555\n\n'
  '※本メールはS/MIME電子署名付きで送信しています。\n',
  cte='base64', to=R4, auth=own('m365', mailfrom='direct-11.bk.mufg.jp', dkimd='bk.mufg.jp'),
  tricks='genuine transfer receipt, half-width katakana payee, 至急 contact; domain direct-11.bk.mufg.jp from a write-up')
G('mufg-torihiki-genuine', '三菱UFJ銀行', ('三菱UFJ銀行', 'info@personal.bk.mufg.jp'),
  '【三菱UFJ銀行】お客さま情報・お取引目的等のご確認のお願い', None,
  html=page('お客さま情報等のご確認', ['高橋 健一 様', '当行では、マネー・ローンダリング等防止の観点から、お客さま情報やお取引目的等を定期的に確認させていただいております。',
      '三菱UFJ銀行アプリまたは三菱UFJダイレクトにログインのうえ、「お客さま情報の確認」からご回答ください。本メールからご回答いただくことはできません。',
      'ご回答がない場合、お取引の一部を制限させていただくことがございます。'], footer='株式会社三菱UFJ銀行\nhttps://www.bk.mufg.jp/', color='#d00'),
  to=R3, auth=own('gmail', mailfrom='personal.bk.mufg.jp', dkimd='bk.mufg.jp'),
  tricks='HARD genuine: real periodic KYC notice with restriction warning (same theme as the lure), no link')
# ------------------------------------------------------------------ みずほ
P('mizuho-direct-lookalike', 'みずほ銀行', ('みずほ銀行', 'send_mail@e-mail-mizuhobank.com'),
  '【みずほ銀行】お客さま情報の確認について', None,
  html=page('お客さま情報の確認', ['みずほダイレクトをご利用のお客さま', '本人確認書類の有効期限が過ぎているため、ご登録情報の更新をお願いします。', '期日: 2026年11月15日'],
      '更新する', 'https://e-mail-mizuhobank.com/direct/login', color='#00268c'),
  to=R2, auth=own('m365'), tricks='look-alike e-mail-mizuhobank.com of real e-mail.mizuhobank.co.jp')
P('mizuho-ipfs-compromised', 'みずほ銀行', ('みずほダイレクト', 'info@ryokan-seseragi.jp'),
  'みずほダイレクト ご利用制限のお知らせ',
  'みずほ銀行をご利用のお客様\n\n不正送金対策のため、みずほダイレクトのご利用を制限しました。\n解除は以下から行ってください。\nhttps://ipfs.io/ipfs/bafybeigd7mizuho3kq2x/index.html\n\nみずほ銀行\n',
  cte='qp', to=R1, auth=own('gmail'), tricks='compromised ryokan sender passing; IPFS gateway hosting')
G('mizuho-genuine-direct', 'みずほ銀行', ('みずほ銀行', 'send_mail@e-mail.mizuhobank.co.jp'),
  '【みずほダイレクト】ログインのお知らせ',
  '佐藤 美咲 様\n\nみずほダイレクトにログインがありました。\nログイン日時: 2026年10月30日 07時58分\n\nお心当たりのない場合は、みずほダイレクトのパスワードを変更のうえ、お問い合わせ専用ダイヤル(0120-324-358)へご連絡ください。\n',
  cs='iso-2022-jp', to=R1, auth=own('isp', mailfrom='e-mail.mizuhobank.co.jp', dkimd='e-mail.mizuhobank.co.jp'),
  tricks='genuine login notice; address verified on みずほ FAQ; ISO-2022-JP; ISP auth format')
G('mizuho-mailnews', 'みずほ銀行', ('みずほマイレージクラブ', 'mailnews@mm.mizuhobank.co.jp'),
  '【みずほ】NISAのご案内と年末のお得なキャンペーン', None,
  html=page('みずほマイレージクラブ メールニュース', ['年末に向けた資産づくり、今から始めませんか。', 'キャンペーン期間: 2026年12月31日まで 要エントリー'],
      '詳しく見る', 'https://www.mizuhobank.co.jp/retail/campaign/index.html?utm_source=mailnews&utm_medium=email', color='#00268c',
      footer='配信停止: みずほダイレクトの「メールサービス設定」から'),
  to=R3, auth=own('gmail', mailfrom='mm.mizuhobank.co.jp', dkimd='mm.mizuhobank.co.jp'), tricks='genuine newsletter from verified mm.mizuhobank.co.jp')
# ------------------------------------------------------------------ ゆうちょ
P('yucho-forged-official', 'ゆうちょ銀行', ('ゆうちょ銀行', 'info@jp-bank.japanpost.jp'),
  '【ゆうちょ銀行】ご利用確認のため、お取引を一時制限しています', None,
  html=page('お取引の一時制限について', ['ゆうちょダイレクトをご利用のお客さま', '第三者による不正アクセスの可能性があるため、お取引を一時的に制限しています。', 'ご本人確認のうえ、制限を解除してください。'],
      'ゆうちょダイレクトにログイン', 'https://direct.jp-bank.japanpost.jp.yucho-login.cyou/', shown='https://direct.jp-bank.japanpost.jp/',
      color='#007a3e'),
  to=R3, auth=forged('m365', mf='jp-bank-mail.cyou', pol='REJECT'), tricks='forged official From, M365 dmarc=fail; official host as prefix of .cyou domain')
P('yucho-nyukin-jis-shortener', 'ゆうちょ銀行', ('ゆうちょ銀行', 'yucho@jpbank-nyukin.com'),
  '入金のご連絡',
  'ゆうちょ銀行をご利用いただきありがとうございます。\nお客さまの口座にお振込みがありましたが、受取手続きが完了していません。\n\n'
  '受取金額 ２５０，０００円\n受取期限 本日中\n\n手続きはこちら https://cutt.ly/yucho-uketori\n',
  cs='iso-2022-jp', crlf=True, to=R2, auth=own('isp'), tricks='入金連絡 lure (long-standing), ISO-2022-JP CRLF, full-width digits, cutt.ly')
P('yucho-security-app-qr', 'ゆうちょ銀行', ('ゆうちょ銀行', 'security@yucho-app.net'),
  '【重要】ゆうちょ認証アプリの再登録',
  None, html='<html><body><p>ゆうちょ認証アプリの仕様変更に伴い、再登録が必要です。</p><p>スマートフォンで下のQRコードを読み取ってください。</p><img src="cid:qr@yucho" alt="QR"><p>再登録されない場合、送金機能が停止されます。</p></body></html>',
  qr=True, to=R1, auth=own('gmail'), tricks='QR-only, look-alike yucho-app.net')
G('yucho-genuine-logo', 'ゆうちょ銀行', ('ゆうちょ銀行', 'info@jp-bank.japanpost.jp'),
  '【ゆうちょダイレクト】送金完了のお知らせ',
  '高橋 健一 様\n\nゆうちょダイレクトでの送金が完了しました。\n受付番号: 41-0021857\n送金金額: 12,000円\n\n'
  'お心当たりがない場合は、ゆうちょダイレクトヘルプデスクまでご連絡ください。\n※本メールは送信専用です。\n株式会社ゆうちょ銀行\n',
  cte='base64', to=R3, auth=own('gmail', mailfrom='jp-bank.japanpost.jp', dkimd='jp-bank.japanpost.jp'),
  hdrs=['BIMI-Indicator: PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4='],
  tricks='genuine; jp-bank.japanpost.jp (public blog + bank page on BIMI logo); BIMI header')
# ------------------------------------------------------------------ 三井住友銀行 / りそな
P('smbc-bank-security-update', '三井住友銀行', ('三井住友銀行', 'info@smbc-direct-security.com'),
  '【三井住友銀行】セキュリティ強化のお知らせ(要対応)', None,
  html=page('SMBCダイレクト セキュリティ強化', ['お客様各位', 'ワンタイムパスワードの仕様変更に伴い、ご利用中の端末の再登録が必要です。', '2026年11月20日までにお手続きください。'],
      '再登録する', 'https://smbc-direct-security.com/login', color='#004c2f'),
  to=R4, auth=own('gmail'), tricks='look-alike sender; security update lure')
G('smbc-bank-genuine', '三井住友銀行', ('三井住友銀行', 'info@smbc.co.jp'),
  '【三井住友銀行】ログインのお知らせ',
  '山田 太郎 様\n\nSMBCダイレクトにログインされました。\n日時: 2026/11/02 19:44\n\nお心当たりがない場合は、ただちにパスワードを変更し、SMBCダイレクトお問い合わせ窓口へご連絡ください。\n',
  cte='qp', to=R4, auth=own('m365', mailfrom='smbc.co.jp', dkimd='smbc.co.jp'), tricks='genuine login alert; smbc.co.jp sender UNVERIFIED')
P('resona-forged-nopolicy', 'りそな銀行', ('りそな銀行', 'info@resonabank.co.jp'),
  '【りそな銀行】口座の利用停止予告', 
  'りそなグループアプリをご利用のお客様\n\n長期間ご本人確認が行われていないため、11月15日をもって口座のご利用を停止いたします。\n継続する場合は下記より手続きしてください。\nhttps://resona-kouza.netlify.app/\n',
  cte='base64', to=R2, auth=forged('gmail', mf='bulk.sendmail-hub.net', pol='NONE'), tricks='forged official From, DMARC fail with p=NONE; netlify.app')
G('resona-genuine', 'りそな銀行', ('りそな銀行', 'info@resonabank.co.jp'),
  '【りそな銀行】住所変更手続き完了のお知らせ',
  '佐藤 美咲 様\n\nりそなグループアプリでの住所変更のお手続きが完了しました。\nお心当たりがない場合は、りそなコールセンターまでお問い合わせください。\n',
  cte='8bit', to=R1, auth=own('gmail'), tricks='genuine; resonabank.co.jp UNVERIFIED')

# ------------------------------------------------------------------ ヤマト
P('yamato-fuzai-com', 'ヤマト運輸', ('ヤマト運輸', 'info@kuronekoyamato-delivery.com'),
  '【ヤマト運輸】お荷物お届けのお知らせ(ご不在)',
  'お客様宛にお荷物のお届けにあがりましたが、ご不在の為持ち帰りました。\n配送物は保管期限を過ぎますと返送されます。\n\n'
  '再配達のお申し込み: https://kuronekoyamato-delivery.com/redelivery?no=4392\n\nヤマト運輸株式会社\n',
  cte='qp', to=R1, auth=own('gmail'), tricks='.com look-alike (Yamato says it never uses .com); 不在 lure')
P('yamato-address-unknown-jis', 'ヤマト運輸', ('ヤマト運輸', 'support@kuroneko-yamato.co.jp.kvb7.cn'),
  '【ヤマト運輸】の住所不明により配達できませんでした',
  'お客様のお荷物は住所不明のため配達できませんでした。\n下記より住所を確認し、再配達料金(330円)をお支払いください。\n\n'
  'http://kuroneko-yamato.co.jp.kvb7.cn/\n\n※お支払いにはクレジットカードをご利用ください。\n',
  cs='iso-2022-jp', to=R4, auth=own('isp'), tricks='fake .co.jp under .cn; small re-delivery fee card lure; ISO-2022-JP')
P('yamato-forged-spf-softfail', 'ヤマト運輸', ('ヤマト運輸', 'mail@kuronekoyamato.co.jp'),
  'お届け予定eメール', None,
  html=page('お届け予定のお知らせ', ['お荷物のお届け予定日時をお知らせします。', '伝票番号: 4391-8820-1174\nお届け予定日: 本日 19時-21時', '受取日時の変更はこちらから'],
      '日時を変更する', 'http://198.51.100.23:8080/yamato/', shown='https://www.kuronekoyamato.co.jp/', color='#ffcc00'),
  to=R3, auth=forged('gmail', mf='srv.yamato-mail.xyz', pol='REJECT', spf='softfail'),
  tricks='forged official (kuronekoyamato.co.jp, Yamato warns of this), SPF softfail DMARC fail; href IP:port; link text official')
P('yamato-zip-attach', 'ヤマト運輸', ('ヤマト運輸', 'delivery@yamato-unyu-notice.jp'),
  'お荷物の配送状況について(送り状添付)',
  'お荷物の配送状況について、添付の送り状をご確認ください。\n',
  attach=[('zip', '送り状_20261104.zip')], to=R2, auth=own('m365'),
  tricks='ZIP attachment (Yamato warns it never sends attachments); look-alike sender')
G('yamato-otodoke-genuine', 'ヤマト運輸', ('ヤマト運輸', 'mail@kuronekoyamato.co.jp'),
  'お届け予定eメール', 
  '佐藤 美咲 様\n\nお荷物のお届け予定をお知らせします。\n\n■送り状番号: 4391-2207-5518\n■お届け予定日時: 10月19日 14時～16時\n■ご依頼主: Amazon.co.jp 様\n\n'
  'お受け取り日時・場所の変更: https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id=8fa21c\n\n'
  '※本メールは送信専用です。\nヤマト運輸株式会社\n',
  cs='iso-2022-jp', subj='jis', to=R1, auth=own('isp', mailfrom='kuronekoyamato.co.jp', dkimd='kuronekoyamato.co.jp'),
  tricks='genuine delivery notice naming Amazon; kuronekoyamato.co.jp verified (Yamato FAQ via write-ups); link path from memory')
G('yamato-group-domain-genuine', 'ヤマト運輸', ('ヤマト運輸 法人サポート', 'support@nekonet.co.jp'),
  'Re: 集荷依頼の件(お問い合わせ番号 Y-884210)',
  '高橋 健一 様\n\nお問い合わせいただきありがとうございます。ヤマト運輸の法人サポートでございます。\nご依頼の集荷は11月6日(木)午後にて手配いたしました。\n\n'
  '> 11月6日の午後に段ボール5箱の集荷をお願いできますか。\n> 高橋\n\nヤマト運輸株式会社\n',
  cte='base64', to=R3, auth=own('m365', mailfrom='nekonet.co.jp', dkimd='nekonet.co.jp'),
  tricks='HARD genuine: reply from group-company domain nekonet.co.jp (Yamato FAQ via a write-up says group domains may be used)')
# ------------------------------------------------------------------ 佐川
P('sagawa-fuzai-sms-fwd-self', '佐川急便', ('高橋 健一', 'k.takahashi.0715@gmail.com'),
  'SMS',
  '[SMSを転送]\n差出人: +81 80-4127-3390\nお荷物をお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。\nhttp://sagawa-exp.top.ahsd.duckdns.org/\n',
  cte='8bit', to=R3, auth=own('gmail', mailfrom='gmail.com', dkimd='gmail.com'),
  tricks='SMS forwarded by the user to themself; brand name only in host; duckdns.org')
P('sagawa-payment-redelivery', '佐川急便', ('佐川急便', 'info@sagawa-exp.co.jp.redeliv.net'),
  '【佐川急便】配達料金のお支払いが必要です', None,
  html=page('配達料金未払い', ['お客様のお荷物は、関税/配達料金のお支払いが完了していないため、保管中です。', 'お支払い金額: 210円'], 'お支払いへ',
      'https://sagawa-exp.co.jp.redeliv.net/pay', color='#003a8c'),
  to=R1, auth=own('gmail'), tricks='brand domain as prefix (sagawa-exp.co.jp.redeliv.net); small fee lure')
P('sagawa-forged-noauth-eucjp', '佐川急便', ('佐川急便株式会社', 'info-notice@sagawa-exp.co.jp'),
  'お荷物お届けについて',
  'お届け先の住所に不備があるためお荷物をお届けできません。\n以下より住所の確認をお願いいたします。\nhttp://sagawa-kakunin.weebly.com/\n',
  cs='euc-jp', to=R2, auth=NOAUTH, tricks='forged official From, no auth results; EUC-JP; weebly.com')
G('sagawa-genuine-shop-notice', '佐川急便', ('器の店 こもれび', 'shop@komorebi-utsuwa.example.jp'),
  '【器の店こもれび】商品発送のお知らせ',
  '山田 太郎 様\n\nこの度は器の店こもれびをご利用いただきありがとうございます。\n本日、ご注文の商品を佐川急便にて発送いたしました。\n\n'
  'お問い合わせ送り状番号: 3608-4472-1190\n配送状況は佐川急便のホームページ(https://k2k.sagawa-exp.co.jp/)でご確認いただけます。\n'
  'お支払い: 代金引換(現金・カード可)\n\n器の店 こもれび 岐阜県多治見市…\n',
  cs='iso-2022-jp', nameraw='jis', crlf=True, to=R4, auth=own('isp', mailfrom='komorebi-utsuwa.example.jp'),
  tricks='small shop ISO-2022-JP, raw JIS display name, CRLF; links to sagawa-exp.co.jp tracking (unverified host)')
# ------------------------------------------------------------------ 日本郵便
P('japanpost-redelivery-lookalike', '日本郵便', ('日本郵便', 'no-reply@japanpost-redelivery.jp'),
  '【日本郵便】ご不在のため持ち帰りました',
  '郵便局からのお知らせ\n\nご不在のためお荷物を持ち戻りました。保管期間は7日間です。\n再配達のお申し込み: https://japanpost-redelivery.jp/re/\n',
  cte='base64', to=R1, auth=own('m365'), tricks='look-alike sender and link')
P('japanpost-customs-sharp', '日本郵便', ('Japan Post', 'customs@jp-post-ems.com'),
  '国際郵便: 関税のお支払いが必要です(EMS)',
  'お客様\n\nEMS国際郵便物(追跡番号 EJ552108431JP)について、関税1,800円が未払いです。\n48時間以内にお支払いがない場合、差出国へ返送されます。\nhttps://jp-post-ems.com/customs/pay\n',
  cte='qp', to=R4, auth=own('gmail'), tricks='customs fee lure, 48h, look-alike')
G('japanpost-delivery-complete', '日本郵便', ('日本郵便', 'info@delivery.post.japanpost.jp'),
  '配達完了のお知らせ',
  'お問い合わせ番号 1234-5678-9012 のゆうパックは、11月5日 10:42 に配達が完了しました。\n\n'
  '追跡サービス: https://trackings.post.japanpost.jp/services/srv/search/?requestNo1=123456789012\n\n'
  '※このメールは送信専用アドレスから送信しています。\n日本郵便株式会社\n',
  cs='iso-2022-jp', to=R3, auth=own('gmail', mailfrom='delivery.post.japanpost.jp', dkimd='post.japanpost.jp'),
  tricks='genuine; info@delivery.post.japanpost.jp verified on Japan Post page')

# ------------------------------------------------------------------ ETC / えきねっと / Suica
P('etc-keizoku-cn', 'ETC利用照会サービス', ('ETC利用照会サービス事務局', 'member-qpzrlk@etc-keizoku-info.cn'),
  '【至急】ご利用を継続いただくためのお願い',
  'ETC利用照会サービスをご利用いただきありがとうございます。\n\n最終ログインから120日が経過しています。\n150日間ログインがない場合、自動的に登録が解約されます。\n解約予定日:2026-11-20\n\n'
  'ブラウザで「ETC利用照会サービス」と検索してください。\nETC利用照会サービス 公式サイトはこちら\nhttps://etc-keizoku.riyou-center.cn/Rfunc1013/\n\n'
  '当事務局はメールでクレジットカード情報をお伺いすることはありません。\n',
  cte='base64', to=R3, auth=own('gmail'), tricks='2026 wave (public write-up): .cn sender, "search it" plus link, fake reassurance; made-up .cn domains in the style of a public report')
P('etc-annual-fee-fail', 'ETC利用照会サービス', ('ETC利用照会サーピス事務局', 'etc-meisai@etc-meisai-jp.com'),
  '年会費の支払いに失敗しました', None,
  html=page('ETCサービス 年会費のお支払い', ['お客様のETCサービスの年会費のお支払いに失敗しました。', 'お支払い情報を更新しない場合、ETCカードは無効になります。'],
      'お支払い情報を更新', 'https://etc-meisai-jp.com/update', color='#005bac'),
  to=R4, auth=own('m365'), tricks='misspelled office name サーピス (public alert lists it); annual-fee lure (service has no fee); look-alike etc-meisai-jp.com')
P('etc-violation-qr', 'ETC利用照会サービス', ('NEXCO東日本', 'info@e-nexco-etc.com'),
  'ETCの2回目の違反がありました', None,
  html='<html><body><p>ETC利用照会サービスです。</p><p>お客様の車両でETCの2回目の違反が記録されました。未払い通行料金をお支払いください。</p><p><img src="cid:qr@etc"></p><p>スマホでQRコードを読み取ってお支払いください。</p></body></html>',
  qr=True, to=R1, auth=own('gmail'), tricks='QR-code payment lure (public alert: 二次元コードでの誘導); NEXCO display name')
P('etc-forged-official', 'ETC利用照会サービス', ('ETC利用照会サービス', 'info@etc-meisai.jp'),
  '解約予告のお知らせ',
  'ETC利用照会サービスをご利用のお客様\n\nお客様の登録情報に誤りがあるため、サービスを解約予定です。\n以下より登録情報をご確認ください。\nhttps://etc-meisai.jp.login-kakunin.top/\n',
  cte='8bit', to=R2, auth=forged('m365', mf='etc.login-kakunin.top'), tricks='forged official domain, M365 fail; genuine mail title reused (public alert)')
G('etc-genuine-kaiyaku-done', 'ETC利用照会サービス', ('ETC利用照会サービス事務局', 'info@etc-meisai.jp'),
  '【ETC利用照会サービス】利用明細の確定のお知らせ',
  '高橋 健一 様\n\nETC利用照会サービスにご登録のカードについて、10月分のご利用明細が確定しました。\n'
  'ログインのうえご確認ください。https://www.etc-meisai.jp/\n\n'
  'ETC利用照会サービスでは、メールのリンクからクレジットカード情報の入力を求めることはありません。\n',
  cte='base64', to=R3, auth=own('gmail', mailfrom='etc-meisai.jp', dkimd='etc-meisai.jp'),
  tricks='genuine; web etc-meisai.jp verified, sender address UNVERIFIED')
P('ekinet-autoleave', 'えきねっと', ('えきねっと', 'info@eki-net.jp'),
  '【重要なお知らせ】「えきねっと」アカウントの自動退会処理について', None,
  html=page('自動退会処理について', ['えきねっとをご利用のお客様', '長期間ご利用がないため、アカウントは自動退会となります。継続される場合は下記よりログインしてください。'],
      'ログイン', 'https://eki-net.jp/login', color='#008803'),
  to=R1, auth=own('gmail'), tricks='TLD swap eki-net.jp vs eki-net.com; 自動退会 pre-notice (JR East: no longer sent)')
P('ekinet-compromised-ponpare', 'えきねっと', ('JR東日本「えきねっと」', 'fuse-yuto-dreamer@hanabi-mall.jp'),
  '【重要】決済情報の更新をお願いします',
  '「えきねっと」会員様\n\nお客様の決済情報の更新確認が必要です。\n・登録クレジットカードの有効期限が2026年12月までの方\n・直近のご利用で決済エラーが発生している方\n\n'
  '▶ 決済情報を更新する https://eki-net-pay.onrender.com/\n\nJR東日本「えきねっと」カスタマーサポート\n',
  cte='qp', to=R4, auth=own('m365'), tricks='unrelated (invented) shopping-mall sender passing; onrender.com')
G('ekinet-reservation-genuine', 'えきねっと', ('えきねっと', 'info@eki-net.com'),
  '【えきねっと】申込内容(JRきっぷ)のご案内',
  '佐藤 美咲 様\n\n「えきねっと」をご利用いただきありがとうございます。\nきっぷのお申込みを承りました。\n\n乗車日: 2026年12月28日\n列車: はやぶさ 21号 東京 → 仙台\n座席: 7号車 4番A席\n\n'
  '受取方法: 新幹線eチケット\nお申込み内容の確認: https://www.eki-net.com/\n\nJR東日本\n',
  cte='base64', to=R1, auth=own('gmail', mailfrom='eki-net.com', dkimd='eki-net.com'),
  tricks='genuine, same subject pattern as a lure listed by JR East; eki-net.com verified')
G('ekinet-taikai-done-genuine', 'えきねっと', ('えきねっと', 'info@eki-net.com'),
  '「えきねっと」退会完了のお知らせ',
  '山田 太郎 様\n\n2年間ログインがなかったため、「えきねっと」は自動退会となりました。\nご利用ありがとうございました。再度ご利用の際は新規会員登録をお願いします。\n'
  '本メールにはリンクを記載しておりません。\n',
  cte='qp', to=R4, auth=own('m365', mailfrom='eki-net.com', dkimd='eki-net.com'),
  tricks='HARD genuine: 自動退会完了 notice (JR East says this one is real), account-termination wording')
P('suica-refund-callback', 'モバイルSuica', ('モバイルSuica', 'mobilesuica.refund@outlook.com'),
  'モバイルSuica 払いもどしのご案内',
  'モバイルSuica会員様\n\nシステム更新に伴いチャージ残高の払いもどしが発生しています。\n払いもどし手続きは下記窓口にお電話ください。\n払いもどし窓口: 03-4588-2210\n',
  cte='8bit', to=R2, auth=own('m365', mailfrom='outlook.com', dkimd='outlook.com'), tricks='free mail; call-back refund scam; no link')
G('suica-genuine', 'モバイルSuica', ('モバイルSuica', 'info@mobilesuica.com'),
  '【モバイルSuica】オートチャージ設定変更のお知らせ',
  '高橋 健一 様\n\nオートチャージの設定が変更されました。\n変更日時: 2026/11/01 22:10\nお心当たりがない場合は、モバイルSuicaサポートセンターへお問い合わせください。\n',
  cte='base64', to=R3, auth=own('gmail'), tricks='genuine settings notice; mobilesuica.com UNVERIFIED')
