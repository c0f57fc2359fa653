# Shopping, payments, delivery, Apple.
from spec import P, G, A, D

# ---------------- Amazon ----------------
P('amazon-prime-autorenew-cancelled-html', 'Amazon', ('Amazon.co.jp', 'account-update@amazon-co-jp.support'),
  'Amazonプライムの自動更新設定を解除しました',
  '''お客様

Amazonプライム会費のお支払いに使用できるカードがないため、プライムの自動更新設定を解除いたしました。
会員特典を引き続きご利用いただくには、お支払い方法を更新してください。

[[https://www.amazon.co.jp/gp/primecentral|https://amazon-co-jp.support/ap/signin?prime=renew]]

Amazon.co.jp カスタマーサービス''',
  D('2024-01-08 07:20:11'), auth=A('gmail', dmarc='none'), struct='html', cte='quoted-printable',
  tricks='look-alike amazon-co-jp.support passing own SPF/DKIM; link text shows official amazon.co.jp URL, href look-alike')

P('amazon-account-suspended-machine-jp', 'Amazon', ('Amazon', 'no-reply@srv-ama7.biz'),
  '今すぐあなたのアカウントを確認してください。',
  '''アカウントが一時的に停止されました。
これは通常、次のいずれかによって引き起こされます。
・複数のログイン失敗
・不正確なアカウント情報
・認識されていないデバイスからログインしてください

あなたのアカウントにログインし、以下のリンクをクリックすることで解決し
[[ログイン|https://amaz0n-jp.srv-ama7.biz/signin]]
あなたの詳細を保護するだけで完了するまで数分かかります。

宜しくお願いします
AMAZONカスタマーサービス''',
  D('2023-02-21 03:33:03'), auth=A('gmail', spf='softfail', dkim='none', dmarc='none'), struct='alt', cte='base64',
  tricks='machine-translated Japanese; digit-for-letter amaz0n subdomain; SPF softfail, unsigned')

P('amazon-forged-auto-confirm-dmarc-none-policy', 'Amazon', ('Amazon.co.jp', 'auto-confirm@amazon.co.jp'),
  'Amazon.co.jp ご注文の確認 #249-8812034-5530417',
  '''Amazon.co.jpをご利用いただき、ありがとうございます。
ご注文内容を確認いたしました。

注文番号：249-8812034-5530417
商品：Apple iPhone 16 Pro 256GB ナチュラルチタニウム
合計：189,800円
お届け予定：11月30日

このご注文に心当たりがない場合は、24時間以内に以下からキャンセルしてください。
https://amazon.co.jp-order-cancel.info/cancel?o=249-8812034-5530417

Amazon.co.jp''',
  D('2025-11-28 23:10:40'), auth=A('m365', spf='fail', dkim='none', dmarc='fail', p='QUARANTINE', mfrom='mail.kdfh-shop.cn'),
  tricks='forged official auto-confirm@amazon.co.jp (SPF fail, DMARC fail action=quarantine, M365); fake high-value order with cancel link; domain starting amazon.co.jp-')

P('amazon-gift-card-bec-boss', 'Amazon', ('高橋 誠（代表取締役）', 'ceo.takahashi.office@gmail.com'),
  '至急のお願い',
  '''お疲れ様です。高橋です。
今から会議に入るので電話に出られません。
取引先へのお礼として、Amazonギフトカードを5万円分（1万円×5枚）至急購入してもらえますか。
コンビニで購入後、カード裏面の番号を写真に撮ってこのメールに返信してください。
費用は後で精算します。よろしく。''',
  D('2024-12-20 15:47:00'), auth=A('gmail', mfrom='gmail.com', dkim_d='gmail.com', p='NONE'), to='m.ito@example.jp',
  tricks='gift-card BEC: "president" on free Gmail asks for Amazon gift card codes by reply; no link, no brand sender')

P('amazon-refund-callback-no-link', 'Amazon', ('Amazonカスタマーサービス', 'refund-center@amzjp-refund.com'),
  '【Amazon】返金処理のご案内',
  '''お客様

誤って二重に請求されたプライム会費（年額5,900円）について返金処理を行います。
返金手続きは担当者がお電話でご案内いたします。

返金専用ダイヤル：050-5533-18xx（受付 9:00～21:00）
受付番号：RF-7730-2291

※お電話の際、返金先口座の確認のためネットバンキングの操作をお願いする場合がございます。
Amazon.co.jp''',
  D('2025-05-13 13:03:40'), auth=A('isp', dmarc='none'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='refund call-back scam without any link (050 number, asks to operate net banking); look-alike domain passing SPF/DKIM; ISO-2022-JP')

P('amazon-sms-style-docomo-gift', 'Amazon', ('', 'amz.point.9921@docomo.ne.jp'), '',
  '''Amazonプライム会員様へ　ご利用感謝ポイント3000円分が付与されました。受取期限は本日まで→ https://cutt.ly/Az7pqW''',
  D('2025-02-27 12:34:56'), auth=A('isp'), cte='8bit',
  tricks='SMS-style from a carrier mailbox (docomo.ne.jp, passes); empty subject; cutt.ly shortener; gift bait')

P('amazon-qr-payment-update-related', 'Amazon', ('Amazon', 'info@amazon-jp.shop-notice.net'),
  'お支払い方法の更新が必要です',
  '''Amazon.co.jp をご利用いただきありがとうございます。
お客様のお支払い方法が承認されませんでした。
スマートフォンで下記のQRコードを読み取り、お支払い情報を更新してください。
[[QRコード|cid:qr]]
72時間以内に更新されない場合、アカウントは保留となります。''',
  D('2024-09-30 09:09:09'), auth=A('gmail', spf='pass', dkim='pass', dmarc='none'), struct='related', cte='base64',
  tricks='QR-code-only lure (inline PNG); brand-as-subdomain sender on an invented .net; 72h deadline')

G('amazon-order-confirm-genuine', 'Amazon', ('Amazon.co.jp', 'auto-confirm@amazon.co.jp'),
  'Amazon.co.jp ご注文の確認',
  '''鈴木 一郎 様

Amazon.co.jpをご利用いただき、ありがとうございます。
ご注文の確認をお知らせします。

注文番号：503-2290411-7730154
お届け予定：12月3日（火）
商品：象印 ステンレスマグ 0.48L ×1
注文合計：2,780円

注文の詳細は「注文履歴」からご確認いただけます。
https://www.amazon.co.jp/gp/css/order-history

Amazon.co.jp でのお買い物をお楽しみください。''',
  D('2024-12-01 21:40:02'), auth=A('gmail', mfrom='bounces.amazon.co.jp', dkim_d='amazon.co.jp', p='QUARANTINE'), struct='alt', cte='quoted-printable',
  tricks='genuine order confirmation from auto-confirm@amazon.co.jp (listed by write-ups quoting Amazon); bounce subdomain envelope')

G('amazon-payment-declined-genuine', 'Amazon', ('Amazon.co.jp', 'payments-messages@amazon.co.jp'),
  'お支払い方法の更新が必要です：ご注文 250-7736620-1182266',
  '''伊藤 恵 様

ご注文 250-7736620-1182266 のお支払いに使用されたクレジットカードが承認されませんでした。
ご注文を確定するには、お支払い方法を更新してください。

お支払い方法の更新：
https://www.amazon.co.jp/gp/css/summary/edit.html?orderID=250-7736620-1182266

2025年6月19日までに更新されない場合、ご注文はキャンセルされます。
Amazon.co.jp''',
  D('2025-06-15 10:02:33'), auth=A('m365', mfrom='bounces.amazon.co.jp', dkim_d='amazon.co.jp'), cte='base64',
  tricks='hard genuine: real payment-declined mail with deadline and update link; M365 AR; local part payments-messages@ guessed, domain verified')

G('amazon-otp-genuine', 'Amazon', ('Amazon.co.jp', 'account-update@amazon.co.jp'),
  'Amazon.co.jp：サインインを完了してください',
  '''ワンタイムパスワード（OTP）：
603218

このコードはサインインの完了に使用されます。誰にも共有しないでください。
このリクエストを行っていない場合は、パスワードの変更を検討してください。

Amazon.co.jp''',
  D('2026-01-04 07:51:12'), auth=A('gmail', mfrom='bounces.amazon.co.jp', dkim_d='amazon.co.jp'), cte='base64', crlf=True,
  tricks='hard genuine: OTP mail, no link, "change password" wording; account-update@ listed by write-ups; CRLF')

G('amazon-seller-marketplace-genuine', 'Amazon', ('ヨシダ雑貨店 - Amazon Marketplace', 'a1b2c3d4e5f6g7h@marketplace.amazon.co.jp'),
  'ご注文の商品について（出品者からのメッセージ）',
  '''お客様

この度はヨシダ雑貨店でご注文いただき、誠にありがとうございます。
ご注文の「竹製 カトラリーセット」は本日発送いたしました。
配送業者：日本郵便（ゆうパケット）
追跡番号：1234-5678-9012

商品に不備がございましたら、Amazonのメッセージ機能からご連絡ください。
ヨシダ雑貨店''',
  D('2024-05-21 16:20:01'), auth=A('gmail', mfrom='marketplace.amazon.co.jp', dkim_d='amazon.co.jp'), cte='quoted-printable',
  tricks='genuine third-party seller message relayed via marketplace.amazon.co.jp (domain listed by Amazon help per write-ups); shop name invented')

# ---------------- 楽天市場 / 楽天銀行 ----------------
P('rakuten-ichiba-order-error-compromised-shop', '楽天市場', ('楽天市場', 'shop@okashi-sawaya.jp'),
  '【楽天市場】ご注文に関する重要なお知らせ',
  '''楽天会員様

ご注文の決済処理でエラーが発生したため、ご注文は保留となっております。
楽天会員情報の再確認を行ってください。

[[楽天会員ログイン|https://grp01.id.rakuten.co.jp.account-check.monster/rms/nid/login]]

本日中にご確認いただけない場合、ご注文は自動的にキャンセルされます。

楽天グループ株式会社''',
  D('2025-04-17 11:45:50'), auth=A('gmail'), struct='alt', cte='base64',
  tricks='compromised unrelated confectionery shop mailbox (full pass); brand-as-subdomain mimicking the real login host grp01.id.rakuten.co.jp on .monster')

P('rakuten-bank-kyc-lookalike-sjis', '楽天銀行', ('楽天銀行', 'info@rakuten-bank-co.jp'),
  '【楽天銀行】お客様情報の確認のお願い（期限：2024年10月31日）',
  '''楽天銀行をご利用のお客様

法令に基づき、お客様情報の定期的な確認をお願いしております。
期限までにご回答がない場合、お口座のご利用を制限させていただきます。

▼ログインしてご回答ください
https://rakuten-bank-co.jp/fes/login

ログインには、ユーザIDとログインパスワード、暗証番号が必要です。

楽天銀行株式会社''',
  D('2024-10-15 08:08:08'), auth=A('gmail', dmarc='none'), charset='shift_jis', cte='base64', subj_enc='raw-sjis',
  tricks='hyphen look-alike rakuten-bank-co.jp passing SPF/DKIM; raw 8-bit Shift_JIS subject and display name; Shift_JIS base64 body; asks 暗証番号')

G('rakuten-ichiba-order-genuine', '楽天市場', ('楽天市場', 'order@rakuten.co.jp'),
  '【楽天市場】注文内容ご確認（自動配信メール）',
  '''楽天 太郎 様

この度は楽天市場でのお買い物、誠にありがとうございます。
以下の内容でご注文を承りました。

[受注番号] 283741-20250621-0091234567
[日時] 2025-06-21 22:14:05
[ショップ名] 信州りんご農園
[商品] サンふじ 家庭用 5kg ×1 3,980円
[支払方法] クレジットカード

ご注文内容は購入履歴からご確認いただけます。
https://order.my.rakuten.co.jp/

楽天グループ株式会社''',
  D('2025-06-21 22:14:10'), auth=A('gmail', mfrom='rakuten.co.jp', dkim_d='rakuten.co.jp'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='genuine order confirmation, ISO-2022-JP; order@rakuten.co.jp local part guessed (rakuten.co.jp domain widely used); shop invented')

G('rakuten-bank-login-notice-genuine', '楽天銀行', ('楽天銀行', 'info@rakuten-bank.co.jp'),
  '【楽天銀行】ログインのお知らせ',
  '''楽天銀行をご利用いただきありがとうございます。
お客様の口座にログインがありました。

ログイン日時：2025/08/02 23:40:11
ご利用環境：Android / 楽天銀行アプリ

お心当たりのない場合は、至急ログインパスワードを変更し、カスタマーセンターまでご連絡ください。
楽天銀行株式会社''',
  D('2025-08-02 23:40:20'), auth=A('m365'), cte='base64',
  tricks='hard genuine: login notice with 至急/change-password wording; rakuten-bank.co.jp from memory (UNVERIFIED) - compare with the look-alike rakuten-bank-co.jp above')

# ---------------- メルカリ ----------------
P('mercari-point-resend-merpay', 'メルカリ', ('メルペイサポートセンター', 'support@merpay-point.net'),
  'ポイント再付与手続きのご案内',
  '''メルカリをご利用のお客さま

システム障害により、一部のお客さまに付与されるべきポイントが付与されておりませんでした。
お詫びとして、未付与分に加え3,000ポイントを再付与いたします。

再付与の手続きはこちら：
https://merpay-point.net/reissue

手続きには本人確認（ログイン・お支払い用カード情報）が必要です。
株式会社メルペイ''',
  D('2025-03-12 18:18:18'), auth=A('gmail', dmarc='none'),
  tricks='sub-brand メルペイ look-alike domain passing SPF/DKIM; "system failure apology points" lure')

P('mercari-card-expiry-forged-co-jp', 'メルカリ', ('メルカリ事務局', 'support@mercari.co.jp'),
  '【要対応】お支払い方法の更新について（カード有効期限切れ）',
  '''いつもメルカリをご利用いただきありがとうございます。

ご登録のクレジットカードの有効期限が切れています。
お支払い方法を更新してください。

[[お支払い方法を更新する|https://mercari-jp.quickpay-renew.com/card]]
[[ヘルプセンター|https://help.jp.mercari.com/]]

株式会社メルカリ''',
  D('2026-03-16 10:10:10'), auth=A('gmail', spf='fail', dkim='none', dmarc='none', mfrom='mercari.co.jp'), struct='html', cte='base64',
  tricks='sender on mercari.co.jp (not the brand\'s mail domain), SPF fail; one genuine help-center link next to the lure link')

P('mercari-zero-width-fullwidth-iso', 'メルカリ', ('ﾒﾙｶﾘ事務局', 'jimukyoku@mrcari-info.jp'),
  '【重要】メ\u200bルカリの\u200bアカウ\u200bント使\u200b用停止のお\u200b知らせ',
  '''ｍｅｒｃａｒｉ会員様

お客様のアカウントは利用規約に違反した可能性があるため、一時的に使用を停止しました。
異議申し立てがある場合は、48時間以内にこちらから手続きしてください。
https://mrcari-info.jp/appeal

メルカリ事務局''',
  D('2024-07-23 22:22:22'), auth=A('isp', dmarc='none'), charset='utf-8', cte='quoted-printable', subj_enc='b-utf8',
  tricks='zero-width spaces breaking メルカリ in the subject; half-width katakana display name; full-width latin ｍｅｒｃａｒｉ; typo domain mrcari-info.jp')

G('mercari-sold-notice-genuine', 'メルカリ', ('メルカリ', 'no-reply@mercari.jp'),
  '【メルカリ】商品が購入されました',
  '''はなこ さん

出品した商品が購入されました。
商品名：無印良品 ステンレスボトル 350ml

購入者の支払いが完了しています。商品を発送してください。
発送後、アプリの取引画面から「発送通知」を行ってください。

取引画面を開く
https://jp.mercari.com/transaction/m71930288145

メルカリ''',
  D('2025-09-14 13:30:12'), auth=A('gmail', mfrom='mercari.jp', dkim_d='mercari.jp'), cte='base64',
  tricks='genuine transaction mail from no-reply@mercari.jp (quoted as the real address in write-ups); link path guessed')

G('mercari-security-login-genuine', 'メルカリ', ('メルカリ', 'no-reply@mercari.jp'),
  '【メルカリ】新しい端末からのログインについて',
  '''いつもメルカリをご利用いただきありがとうございます。
お客さまのアカウントに新しい端末からログインがありました。

日時：2024年12月28日 01:12
端末：Chrome (Windows)

お心当たりがない場合は、すぐにパスワードを変更し、事務局までお問い合わせください。
メルカリ''',
  D('2024-12-28 01:12:44'), auth=A('isp', mfrom='mercari.jp', dkim_d='mercari.jp'), charset='euc-jp', cte='8bit', subj_enc='b-utf8',
  tricks='hard genuine: login alert at night telling to change password; EUC-JP 8bit body with UTF-8 subject; ISP AR')

# ---------------- PayPay ----------------
P('paypay-bonus-expire-free-hosting', 'PayPay', ('PayPay', 'campaign@paypay-bonus.jp'),
  '【PayPay】2,000円相当のPayPayポイントが失効します',
  '''PayPayをご利用のお客様

お客様の保有する2,000円相当のPayPayポイントが、本日23:59に失効します。
受け取りを希望される場合は、以下から手続きを完了してください。

https://paypay-point-jp.pages.dev/receive

PayPay株式会社''',
  D('2025-06-30 17:30:00'), auth=A('gmail', dmarc='none'), cte='quoted-printable',
  tricks='look-alike paypay-bonus.jp sender; link on free hosting pages.dev; expiring points today')

P('paypay-refund-fake-go-jp', 'PayPay', ('消費者庁 PayPay返金窓口', 'henkin@caa-go-jp.org'),
  'PayPay不正利用被害の返金手続きについて（消費者庁）',
  '''PayPayをご利用の皆様

不正利用の被害にあわれた方への返金手続きを、消費者庁とPayPay株式会社が共同で実施しております。
以下のページから被害申告を行い、返金先口座を登録してください。

https://henkin.caa.go.jp.paypay-refund.org/form

申告期限：2024年3月15日
消費者庁 消費者安全課''',
  D('2024-03-01 11:00:00'), auth=A('m365', dmarc='none', compauth='none reason=905'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='fake go.jp hierarchy (henkin.caa.go.jp.<x>.org) and caa-go-jp.org sender; government + brand combo refund lure')

G('paypay-payment-notice-genuine', 'PayPay', ('PayPay', 'no-reply@paypay.ne.jp'),
  '【PayPay】支払い完了のお知らせ',
  '''PayPayをご利用いただき、ありがとうございます。
以下の支払いが完了しました。

支払日時：2025/01/18 12:30
支払先：ファミリーマート 品川駅前店
支払金額：1,058円

取引の詳細はPayPayアプリの取引履歴からご確認ください。
PayPay株式会社''',
  D('2025-01-18 12:30:20'), auth=A('gmail', mfrom='paypay.ne.jp', dkim_d='paypay.ne.jp'), cte='base64',
  tricks='genuine payment notice, no link; paypay.ne.jp from memory (UNVERIFIED)')

G('paypay-security-phone-change', 'PayPay', ('PayPay', 'no-reply@paypay.ne.jp'),
  '【PayPay】電話番号が変更されました',
  '''PayPayアカウントの電話番号が変更されました。

変更日時：2024/05/02 08:44

お客様ご自身で変更していない場合、第三者による不正ログインの可能性があります。
至急、PayPayカスタマーサポートまでご連絡ください。
https://paypay.ne.jp/help/

PayPay株式会社''',
  D('2024-05-02 08:44:30'), auth=A('m365', mfrom='paypay.ne.jp', dkim_d='paypay.ne.jp'), cte='quoted-printable', crlf=True,
  tricks='hard genuine: account-change security notice with 至急 and 不正ログイン wording; paypay.ne.jp UNVERIFIED; CRLF')

# ---------------- ヤマト / 佐川 / 日本郵便 ----------------
P('yamato-address-unknown-com', 'ヤマト運輸', ('ヤマト運輸', 'info@kuronekoyamato-delivery.com'),
  '【ヤマト運輸】住所不明により配達できませんでした',
  '''お客様

お荷物をお届けに伺いましたが、住所不明のため持ち帰りました。
下記より配送先情報をご確認いただき、再配達をご依頼ください。

お問い合わせ伝票番号：4821-0937-6652
[[再配達の依頼はこちら|https://kuronekoyamato-delivery.com/redeliver]]

※再配達には手数料220円がかかります（クレジットカード決済）。
ヤマト運輸株式会社''',
  D('2025-08-05 10:20:10'), auth=A('gmail', dmarc='none'), struct='alt', cte='base64',
  tricks='brand-combo .com (Yamato says it never uses .com) passing SPF/DKIM; small redelivery fee paid by card')

P('yamato-forged-kuroneko-noauth-sjis', 'ヤマト運輸', ('ヤマト運輸株式会社', 'mail@kuronekoyamato.co.jp'),
  'ヤマト運輸】お荷物お届けのお知らせ',
  '''ヤマト運輸をご利用いただきありがとうございます。
お届けに参りましたが、ご不在でしたので持ち帰りました。
1-2営業日以内に再配達の手配をいたしますので、下記より配送情報をご記入ください。

http://yamato-saihaitatsu.top/track

注：24時間以内にご返信がない場合、発送元に返送されます。
Copyright(C) YAMATO HOLDINGS CO., LTD. All rights reserved.''',
  D('2024-05-20 06:51:00'), charset='shift_jis', cte='8bit', subj_enc='b-sjis', crlf=True,
  tricks='forged official kuronekoyamato.co.jp with no Authentication-Results; broken bracket in subject; copied footer; Shift_JIS 8bit CRLF')

P('sagawa-delivery-schedule-cn', '佐川急便', ('佐川急便（配達予定）', 'sagawa-exp.info@nplqw.cn'),
  '【佐川急便】配達日程のご確認と調整のお願い',
  '''佐川急便
配達日程のご確認と調整のお願い
通知日：2025-06-13

【至急対応のお願い】
お荷物の配達につきまして、ご確認とご対応が必須となっております。
お荷物は配送センターに保管されています。

[[配達日程を確認・変更する|https://sagawa-exp.nplqw.cn/GTzHmd]]

保管期限を過ぎた場合、お荷物は返送されます。''',
  D('2025-06-13 14:14:14'), auth=A('gmail', dmarc='none'), struct='html', cte='base64',
  tricks='.cn sender with brand as local part and subdomain; 至急 redelivery lure')

P('sagawa-sms-style-iphone-forward', '佐川急便', ('', 'taka.iphone.2019@icloud.com'), 'Fwd:',
  '''> 佐川急便よりお荷物のお届けにあがりましたが不在の為持ち帰りました。配送物を確認下さい。http://sagawa-ix.duckdns.org''',
  D('2023-05-10 19:05:50'), auth=A('gmail', mfrom='icloud.com', dkim_d='icloud.com', p='QUARANTINE'),
  tricks='SMS forwarded to self from iCloud with bare "Fwd:" subject (label phish); duckdns.org dynamic DNS link')

P('japanpost-customs-fee-html', '日本郵便', ('日本郵便', 'no-reply@post-japanpost.jp.net'),
  '【日本郵便】関税のお支払いのお願い',
  '''お客様宛の国際郵便物について、関税（1,600円）が未払いのため保管しております。
保管期限：2025年1月20日
期限までにお支払いがない場合、差出人へ返送されます。

[[https://www.post.japanpost.jp/int/|https://japanpost-kanzei.vercel.app/pay]]

日本郵便株式会社''',
  D('2025-01-16 08:25:25'), auth=A('m365', dmarc='none', compauth='fail reason=601'), struct='html', cte='quoted-printable',
  tricks='link text shows official post.japanpost.jp URL, href on vercel.app; .jp.net sender; customs fee lure')

P('japanpost-redelivery-ipfs-euc', '日本郵便', ('郵便局', 'yubin.saihaitatsu@ocn.ne.jp'),
  '郵便局：ご不在連絡票（再配達のご案内）',
  '''お客様宛に郵便物をお届けに伺いましたが、ご不在のため持ち帰りました。
再配達をご希望の場合は以下よりお手続きください。

お問い合わせ番号：3361-5540-2218
https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/jp.html

日本郵便''',
  D('2023-11-02 10:50:00'), auth=A('isp', mfrom='ocn.ne.jp', dkim_d='ocn.ne.jp'), charset='euc-jp', cte='8bit', subj_enc='b-eucjp',
  tricks='consumer ISP mailbox (ocn.ne.jp, passes); IPFS gateway link; EUC-JP 8bit with EUC-JP B subject')

G('yamato-delivery-schedule-genuine', 'ヤマト運輸', ('ヤマト運輸', 'mail@kuronekoyamato.co.jp'),
  '【ヤマト運輸】お届け予定のお知らせ',
  '''渡辺 結衣 様

下記のお荷物をお届けする予定です。

伝票番号：5120-3371-8804
ご依頼主：株式会社ナチュラルファーム
お届け予定日時：2024年11月29日 14時～16時

お届け日時の変更はこちら
https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=512033718804

※このメールは送信専用です。
ヤマト運輸株式会社''',
  D('2024-11-28 07:30:05'), auth=A('gmail', mfrom='kuronekoyamato.co.jp', dkim_d='kuronekoyamato.co.jp'), cte='base64',
  tricks='genuine delivery schedule from @kuronekoyamato.co.jp (Yamato quoted in press); link with a change-date action; path guessed')

G('yamato-kuroneko-members-html', 'ヤマト運輸', ('クロネコメンバーズ', 'members@kuronekoyamato.co.jp'),
  '【クロネコメンバーズ】ご登録内容変更のお知らせ',
  '''クロネコメンバーズ会員様

ご登録のメールアドレスが変更されました。
変更日時：2025年7月3日 21:05

お心当たりのない場合は、至急クロネコメンバーズのパスワードを変更してください。
[[クロネコメンバーズにログイン|https://www.kuronekoyamato.co.jp/ytc/customer/members/]]

ヤマト運輸株式会社''',
  D('2025-07-03 21:05:40'), auth=A('m365', mfrom='kuronekoyamato.co.jp', dkim_d='kuronekoyamato.co.jp'), struct='html', cte='base64',
  tricks='hard genuine: account-change notice telling to change password with a login link; HTML-only; local part guessed')

G('sagawa-delivery-notice-genuine', '佐川急便', ('佐川急便', 'info@ds.sagawa-exp.co.jp'),
  '【佐川急便】お荷物お届けのお知らせ',
  '''いつも佐川急便をご利用いただきありがとうございます。
下記のお荷物をお届けいたします。

お問い合せ送り状No：3601-4458-2290
ご依頼主：㈱ナチュラルファーム（№2 倉庫）
お届け予定日：2025年10月22日
時間帯：午前中

お届け状況の確認
https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=360144582290

佐川急便株式会社''',
  D('2025-10-21 18:00:40'), auth=A('isp', mfrom='ds.sagawa-exp.co.jp', dkim_d='sagawa-exp.co.jp'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='genuine delivery notice; sagawa-exp.co.jp from memory, ds. subdomain invented (UNVERIFIED); ISO-2022-JP with ㈱ and № as NEC row-13 codes')

G('japanpost-eyubin-genuine', '日本郵便', ('日本郵便', 'info@mail.post.japanpost.jp'),
  '【日本郵便】e受取アシスト お届け予定のお知らせ',
  '''ゆうパックのお届け予定をお知らせします。

お問い合わせ番号：1234-5566-7788
お届け予定日：2024年12月24日
差出人：株式会社北海道スイーツ

配達日時の変更：
https://trackings.post.japanpost.jp/services/srv/search/?requestNo1=123455667788

日本郵便株式会社''',
  D('2024-12-22 11:11:40'), auth=A('gmail', mfrom='mail.post.japanpost.jp', dkim_d='post.japanpost.jp'), cte='quoted-printable',
  tricks='genuine delivery notice; sender subdomain mail.post.japanpost.jp invented (UNVERIFIED); tracking URL from memory')

# ---------------- Apple ----------------
P('apple-id-locked-lookalike', 'Apple', ('Apple', 'noreply@appleid-support.jp'),
  'Apple IDがロックされました',
  '''Apple IDがセキュリティ上の理由によりロックされました。

お客様のApple IDが、不審なデバイスからサインインに使用されました。
アカウントのロックを解除するには、本人確認を行ってください。

[[今すぐ確認|https://appleid.apple.com.unlock-jp.support/]]

Apple サポート''',
  D('2024-08-08 08:08:08'), auth=A('gmail', dmarc='none'), struct='alt', cte='base64',
  tricks='look-alike appleid-support.jp passing SPF/DKIM; brand-as-subdomain appleid.apple.com.<x>.support')

P('apple-icloud-storage-full-cloud-bucket', 'Apple', ('iCloud', 'icloud-storage@moorlandcare.co.uk'),
  'iCloudストレージの支払いに失敗しました - 写真が削除されます',
  '''お客様のiCloudストレージプランのお支払いに失敗しました。
写真、ビデオ、ファイルは2025年11月30日に削除されます。

本日中にお支払い情報を更新すると、50GBプランを無料で延長いたします。
https://storage.googleapis.com/icloud-jp-renew/index.html

Apple Japan''',
  D('2025-11-25 20:20:20'), auth=A('m365'), cte='base64',
  tricks='compromised unrelated UK company mailbox (full pass, M365); storage-full deletion threat; storage.googleapis.com hosting')

P('apple-invoice-fake-receipt-pdf-callback', 'Apple', ('App Store', 'receipt@apple-billing-jp.com'),
  '領収書：Apple Music ファミリープラン（年額）',
  '''領収書

Apple ID：（ご登録のメールアドレス）
ご請求日：2024年4月4日
注文番号：MX8Q2VLK
Apple Music ファミリープラン（年額） 16,800円

このご購入に心当たりがない場合は、添付の明細をご確認のうえ、
Appleサポート（0120-27-77xx）までお電話でキャンセルをお申し付けください。''',
  D('2024-04-04 04:44:44'), auth=A('gmail', dmarc='none'), struct='mixed-plain', cte='base64',
  attach=('Apple_領収書_MX8Q2VLK.pdf', 'application/pdf', None),
  tricks='fake invoice with PDF attachment and call-back phone number (no link); look-alike apple-billing-jp.com')

G('apple-receipt-genuine', 'Apple', ('Apple', 'no_reply@email.apple.com'),
  'Appleからの領収書です。',
  '''領収書

Apple Account：hanako.sato@example.jp
ご請求日：2025年9月21日
注文番号：MT7K1Q9ZP2
iCloud+ 50GB（月額） 150円

ご購入の詳細や、サブスクリプションの管理は以下から確認できます。
https://reportaproblem.apple.com/

Apple Japan合同会社''',
  D('2025-09-21 03:02:01'), auth=A('gmail', mfrom='email.apple.com', dkim_d='email.apple.com'), struct='alt', cte='quoted-printable',
  tricks='genuine receipt; no_reply@email.apple.com from memory (UNVERIFIED)')

G('apple-account-signin-genuine', 'Apple', ('Apple', 'appleid@id.apple.com'),
  'Apple Accountが新しいデバイスでサインインに使用されました',
  '''Apple Account（k-suzuki@example.jp）が、2024年10月3日 22:15（JST）に新しいデバイスでのサインインに使用されました。

デバイス：iPad Air
場所：東京都

ご自身でサインインした場合は、このメールを無視してください。
心当たりがない場合は、ただちに Apple Account のパスワードを変更してください。
https://account.apple.com/

Apple サポート''',
  D('2024-10-03 22:16:02'), auth=A('m365', mfrom='id.apple.com', dkim_d='id.apple.com'), cte='base64', crlf=True,
  tricks='hard genuine: sign-in alert telling to change password; id.apple.com from memory (UNVERIFIED); CRLF; M365 AR')
