# Card issuers and banks.
from spec import P, G, A, D

# ---------------- 三井住友カード / Vpass ----------------
P('smbc-payment-amount-calm-lookalike-html', '三井住友カード', ('三井住友カード', 'info@vpass-ne.jp'),
  '【三井住友カード】お支払い金額のお知らせ',
  '''たろう 様

いつも三井住友カードをご利用いただきありがとうございます。
今月のお支払い金額が確定しましたのでお知らせいたします。

お支払日：2025年12月10日（水）
お支払い金額：38,416円

ご利用明細はVpassよりご確認ください。
[[https://www.smbc-card.com/mem/index.jsp|https://vpass-ne.jp.meisai-check.top/mem/index.jsp]]

※本メールは送信専用アドレスから配信しております。

三井住友カード株式会社
〒135-0061 東京都江東区豊洲2-2-31 SMBC豊洲ビル''',
  D('2025-11-27 08:02:11'), auth=A('gmail', dmarc='none'), struct='html', cte='quoted-printable',
  tricks='calm 2025-style billing notice with no urgency; hyphen look-alike vpass-ne.jp passing its own SPF/DKIM (no DMARC); link text shows official smbc-card.com URL, href brand-as-subdomain .top; fake handle name greeting')

P('smbc-vpoint-expiry-compromised-ryokan', '三井住友カード', ('Vポイント事務局', 'yoyaku@hakone-kirakutei.jp'),
  'Vポイント有効期限が迫っています。お早めにご利用ください',
  '''三井住友カード会員様

お客様の保有されているVポイントのうち、40,000ポイントが2026年1月31日に有効期限を迎えます。
期限を過ぎますとポイントは失効し、復元することはできません。

▼ポイント交換・ご利用はこちら
[[ポイントを確認する|https://vpoint-smbc.jp-points.cfd/login]]

交換にはVpassへのログインとカード情報の再確認が必要です。

Vポイント事務局（三井住友カード株式会社）''',
  D('2025-12-14 19:44:02'), auth=A('gmail', p='NONE'), struct='alt', cte='base64',
  tricks='compromised unrelated ryokan mailbox (full SPF/DKIM/DMARC pass); point-expiry lure with large amount; .cfd brand-combo domain')

P('smbc-riyou-kakunin-forged-vpass-m365', '三井住友カード', ('三井住友カード', 'contact@contact.vpass.ne.jp'),
  '<重要>【三井住友カード】ご利用確認のお願い',
  '''三井住友カード会員 様

不正利用の可能性があるため、カードのご利用を一部制限いたしました。
ご本人さまのご利用であるかご回答ください。

■ご利用内容
ご利用日時：2024/09/12 02:14
ご利用先：ＡＰＰＬＥ　ＣＯＭ　ＢＩＬＬ
ご利用金額：49,800円

ご本人さまのご利用の場合：利用制限を解除します
ご利用に覚えがない場合：カード停止・再発行のお手続きへ進みます

▼ご利用内容の回答はこちら（所要時間：30秒）
[[回答する|https://smbc-card.kakunin-vpass.com/answer?id=8829130]]

※回答の際は本人確認のためカード番号・有効期限・セキュリティコードを入力してください。''',
  D('2024-09-12 02:31:40'), auth=A('m365', spf='fail', dkim='none', dmarc='fail', mfrom='mx3.gdsnbtp.cn'),
  struct='html', cte='base64',
  tricks='forged official subdomain contact.vpass.ne.jp (SPF fail, no DKIM, DMARC fail p=REJECT, compauth fail, M365 AR); copy of the real ご利用確認 layout; full-width merchant name; asks card number + CVV')

P('smbc-sms-style-softbank-empty-subject', '三井住友カード', ('', 'k8w2ht0q@i.softbank.jp'), '',
  '''【三井住友カード】カードのご利用を一時停止しています。ご確認ください
https://t.ly/vP9s2x''',
  D('2025-03-04 12:06:55'), auth=A('isp'), charset='utf-8', cte='8bit', subj_enc='b-utf8',
  tricks='SMS-style one-liner from a carrier mailbox (i.softbank.jp, passes auth); empty subject; t.ly shortener')

P('smbc-forward-husband-docomo', '三井住友カード', ('鈴木 健一', 'kenichi.suzuki.77@gmail.com'), 'Fwd: 【三井住友カード】ご利用停止のお知らせ',
  '''これ本物？カードのことよく分からないから見てくれる？

---------- Forwarded message ---------
From: 三井住友カード <notice@smbc-card.co>
Date: 2025年6月18日(水) 7:12
Subject: 【三井住友カード】ご利用停止のお知らせ
To: <kenichi.suzuki.77@gmail.com>

三井住友カードをご利用のお客様

お客様のカードが第三者に不正利用されている可能性が検知されたため、
2025年6月18日よりカードのご利用を停止しております。
24時間以内に下記よりご本人確認をお願いいたします。
https://smbc-card.co/vpass/confirm

三井住友カード株式会社''',
  D('2025-06-18 08:40:09'), auth=A('gmail', dkim_d='gmail.com', mfrom='gmail.com', p='NONE'),
  tricks='phishing mail forwarded by a family member from Gmail (outer mail passes; label phish: the content is the lure); TLD swap smbc-card.co for smbc-card.com')

G('smbc-riyou-kakunin-genuine', '三井住友カード', ('三井住友カード', 'info@contact.vpass.ne.jp'),
  '【三井住友カード】ご利用確認のお願い',
  '''たろう 様
（三井住友カード（NL））

いつも三井住友カードをご利用いただき、ありがとうございます。
お客さまのカードのご利用について、第三者による不正利用を防止するため、ご利用の確認をお願いしております。
一時的にカードのご利用を保留しておりますので、下記よりご回答をお願いいたします。

ご利用日時：2025/10/03 21:48
ご利用先：ＥＴＣ　ＮＥＸＣＯ
ご利用金額：3,120円

▼ご利用内容の確認・回答はこちら
https://www.smbc-card.com/mem/riyo/kakunin.jsp?k=4F7A21

※回答画面でカード番号や暗証番号などの入力をお願いすることはございません。
※本メールは送信専用です。ご返信いただいてもお答えできません。

三井住友カード株式会社
https://www.smbc-card.com/''',
  D('2025-10-03 21:49:30'), auth=A('gmail', mfrom='bounce.vpass.ne.jp', dkim_d='vpass.ne.jp', p='REJECT'),
  tricks='hard genuine: real ご利用確認 (card on hold, link to answer) from contact.vpass.ne.jp (listed on smbc-card.com); handle name and card name in greeting; full pass')

G('smbc-otp-otp-auth-net', '三井住友カード', ('三井住友カード', 'no-reply@otp-auth.net'),
  '【三井住友カード】ワンタイムパスワードのお知らせ',
  '''ワンタイムパスワード：482913

本人認証サービス（3Dセキュア）のワンタイムパスワードをお知らせします。
有効期限：2024/11/22 14:37 まで
ご利用店舗：AMAZON.CO.JP
ご利用金額：12,980円

お心当たりのない場合は、このパスワードを入力せず、カード裏面のお問い合わせ先までご連絡ください。

三井住友カード株式会社''',
  D('2024-11-22 14:32:02'), auth=A('m365', mfrom='otp-auth.net', dkim_d='otp-auth.net'), cte='quoted-printable',
  tricks='hard genuine: OTP mail from otp-auth.net (a non-brand-looking domain listed by smbc-card.com), no link, M365 AR')

G('smbc-meisai-kakutei-html-tracker', '三井住友カード', ('三井住友カード', 'info@mail.vpass.ne.jp'),
  '【三井住友カード】ご利用代金確定のお知らせ（12月10日お支払い分）',
  '''はなこ 様（三井住友カード ゴールド（NL））

12月10日お支払い分のご利用代金が確定しました。
お支払い金額：52,730円
お支払日：2024年12月10日（火）

[[ご利用明細を確認する|https://click.mail.vpass.ne.jp/?qs=9a2c0f7e1b4d5a66e0b1]]

Vpassアプリなら明細の確認がかんたんです。
[[Vpassアプリについて|https://click.mail.vpass.ne.jp/?qs=9a2c0f7e1b4d5a66e0b2]]

配信停止をご希望の方は[[こちら|https://click.mail.vpass.ne.jp/?qs=9a2c0f7e1b4d5a66e0b3]]
三井住友カード株式会社''',
  D('2024-11-28 10:05:17'), auth=A('gmail', mfrom='bounce.mail.vpass.ne.jp', dkim_d='mail.vpass.ne.jp'), struct='alt', cte='quoted-printable',
  subj_enc='b-utf8-fold', extra=['List-Unsubscribe: <https://click.mail.vpass.ne.jp/unsub?qs=9a2c0f7e>'],
  tricks='genuine billing HTML newsletter with click-tracker links (click.mail.vpass.ne.jp subdomain is our guess; mail.vpass.ne.jp sender listed); folded subject')

# ---------------- JCB ----------------
P('jcb-ai-risk-level-compromised-esp', 'JCB', ('MyJCB', 'magazine@kitchen-marche.jp'),
  'お客様のJCBカード利用制限解除についてのご確認',
  '''JCBカードご利用制限のお知らせ

お客様のアカウントのリスクレベルが高いため、システムのセキュリティチェックを通過できず、一時的にご利用を制限しております。
セキュリティチェックに合格していない場合、不正利用が発生した際に補償を受けることができません。

MyJCBにて再度チェックを行ってください（24時間以内に完了してください）
[[MyJCBでチェックする|https://myjcb-check.jcb-co-jp.top/risk]]

画面の指示に従うと、システムのAIがご使用中のIPアドレスやデバイスに基づいてリスク評価を行います。

株式会社ジェーシービー''',
  D('2025-08-21 16:20:45'), auth=A('gmail', mfrom='em.kitchen-marche.jp'), struct='alt', cte='base64',
  tricks='compromised newsletter account of an unrelated web shop (full pass); "AI risk evaluation" 2025 wording; 24h deadline; hyphenated jcb-co-jp .top')

P('jcb-forged-qa-noauth-iso2022jp', 'JCB', ('JCB', 'security.mail@qa.jcb.co.jp'),
  'カードご利用内容の確認のお願い',
  '''ＪＣＢカード会員の皆様

第三者による不正使用の可能性を検知したため、カードのご利用を一時的に停止しております。
下記ＵＲＬよりご本人確認を行い、停止を解除してください。

https://www.jcb.co.jp.myjcb-login.help/security/

①カード番号
②有効期限
③セキュリティコード
④ＭｙＪＣＢのＩＤ・パスワード

株式会社ジェーシービー　セキュリティデスク''',
  D('2024-02-06 23:15:08'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis', crlf=True,
  tricks='forged official security.mail@qa.jcb.co.jp with no Authentication-Results at all; real subject of the genuine fraud mail; brand-as-subdomain .help; ①②③ as NEC row-13 in ISO-2022-JP; asks card data')

P('jcb-zero-width-brand-cn', 'JCB', ('J\u200bC\u200bB カード', 'service@mail.jxcbk.cn'),
  '【J\u200bC\u200bB】重要：カード情報の更新手続き',
  '''MyJ\u200bC\u200bB会員様

セキュリティ強化のため、2025年3月31日までにカード情報の更新をお願いします。
更新されない場合、カードのご利用が制限されます。

更新手続き：https://myjcb.jxcbk.cn/update

J\u200bC\u200bB カスタマーセンター''',
  D('2025-03-20 05:55:01'), auth=A('isp', dmarc='none'), struct='plain', cte='base64',
  tricks='zero-width spaces inside JCB in display name, subject and body; .cn sender and link; update-by-deadline lure')

G('jcb-security-mail-otp-code', 'JCB', ('JCB', 'security.mail@info.jcb.co.jp'),
  'カードご利用内容の確認のお願い',
  '''JCBカード会員様

いつもJCBカードをご利用いただき、ありがとうございます。
第三者による不正使用の可能性があることを検知したため、カードのご利用を一時的に停止しております。
お手数ですが、以下の認証コードを入力のうえ、ご利用内容についてご回答ください。

認証コード：731604
回答期限：2025年7月9日 23:59

回答画面：https://my.jcb.co.jp/anshin/kakunin

※JCBから個人情報の入力を求めることは一切ありません。
※「利用覚えあり」と回答された場合、お電話での連絡は不要です。

株式会社ジェーシービー
JCBセキュリティデスク''',
  D('2025-07-08 11:21:37'), auth=A('gmail', mfrom='info.jcb.co.jp', dkim_d='jcb.co.jp'), cte='base64',
  tricks='hard genuine: real fraud-check mail (card stopped, code, deadline, link) from security.mail@info.jcb.co.jp (listed in JCB FAQ); path of the answer page is our guess')

G('jcb-security-mail-no-link-iso', 'JCB', ('ＪＣＢ', 'security.mail@qa.jcb.co.jp'),
  'カードご利用内容の確認のお願い',
  '''ＪＣＢカード会員様

第三者による不正使用の可能性があることを検知したため、カードのご利用を一時的に停止しております。
お手数ですが、下記のセキュリティデスクまでお電話にてご連絡をお願いいたします。

ＪＣＢセキュリティデスク
０１２０－７９４－０８２（２４時間・年中無休）

※本メールにはリンクを掲載しておりません。
株式会社ジェーシービー''',
  D('2023-10-16 09:02:50'), auth=A('isp', mfrom='qa.jcb.co.jp', dkim_d='jcb.co.jp'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='hard genuine: fraud alert with card stopped, call-back phone number only (JCB FAQ: no link when no code); ISO-2022-JP, full-width digits; ISP AR; phone number invented')

G('jcb-campaign-dnp-esp', 'JCB', ('JCB', 'jcb-info@mail-jcn.dnp-cdms.jp'),
  '【JCB】最大5,000円キャッシュバック！冬のキャンペーン実施中',
  '''JCBカード会員の皆さまへ

期間限定！キャンペーン参加登録のうえ、対象店舗で合計2万円以上ご利用いただくと、
最大5,000円をキャッシュバックいたします。

キャンペーン期間：2025年12月1日（月）～2026年1月15日（木）

[[参加登録はこちら（MyJCB）|https://mail-jcn.dnp-cdms.jp/c/Ab12Cd34?u=https%3A%2F%2Fmy.jcb.co.jp%2Fcampaign]]

※参加登録が必要です。
配信停止：[[メール配信設定|https://mail-jcn.dnp-cdms.jp/c/Ab12Cd35]]
株式会社ジェーシービー''',
  D('2025-12-01 12:00:03'), auth=A('m365', mfrom='mail-jcn.dnp-cdms.jp', dkim_d='dnp-cdms.jp', dmarc='pass'),
  struct='html', cte='quoted-printable', extra=['List-Unsubscribe: <https://mail-jcn.dnp-cdms.jp/u/Ab12Cd34>'],
  tricks='hard genuine: campaign sent via a printing-company ESP domain (mail-jcn.dnp-cdms.jp, listed on jcb.co.jp as JCB sender); cashback/期間限定 wording; tracker links wrap my.jcb.co.jp; local part guessed')

# ---------------- イオンカード / イオン銀行 ----------------
P('aeon-meisai-newss0-subdomain', 'イオンカード', ('イオンカード', 'info@newss0.kk72q.jp'),
  '【イオンカード】お客様のカードご利用明細の内容をお知らせいたします',
  '''お客様

お客様のカードご利用明細に確認が必要な項目がございます。
下記よりイオンスクエアメンバーにログインし、ご確認をお願いいたします。

[[ご利用明細を確認する|https://www.aeon.co.jp.aeon-square.sbs/login]]

確認が取れない場合、カードのご利用を制限させていただく場合がございます。

イオンフィナンシャルサービス株式会社''',
  D('2024-03-25 06:40:10'), auth=A('gmail', dmarc='none'), struct='html', cte='base64',
  tricks='throwaway newss0.<random>.jp sender passing its own SPF/DKIM; brand-as-subdomain www.aeon.co.jp.<x>.sbs; generic お客様')

P('aeon-waon-point-qr-only', 'イオンカード', ('AEON CARD', 'noreply@aeon-card-point.com'),
  '【AEON CARD】WAON POINT 3,000ポイント進呈のお知らせ',
  '''イオンカード会員様
日頃のご愛顧に感謝し、WAON POINTを3,000ポイント進呈いたします。
受け取りはスマートフォンで下記の二次元コードを読み取ってください。
[[QRコード|cid:qr]]
受取期限：本メール受信後48時間以内
イオンカード''',
  D('2025-05-09 20:30:00'), auth=A('m365', dmarc='none', compauth='none reason=405'), struct='related', cte='base64',
  tricks='QR-code-only lure (inline PNG, no URL in text); gift-points bait; look-alike .com passing SPF/DKIM, M365 AR')

P('aeon-bank-pin-sjis', 'イオン銀行', ('イオン銀行', 'support@aeonbank-jp.net'),
  '【イオン銀行】お取引を制限しています（至急ご確認ください）',
  '''イオン銀行をご利用のお客さま

お客さまの口座において、普段と異なるお取引が確認されました。
安全のため、現在お取引の一部を制限しております。

制限の解除には、本人確認が必要です。下記よりイオン銀行インターネットバンキングにログインし、
キャッシュカード暗証番号・お届け電話番号をご入力ください。

https://aeonbank-jp.net/ib/unlock

※48時間以内にお手続きがない場合、口座を凍結いたします。

株式会社イオン銀行''',
  D('2024-07-02 10:11:12'), auth=A('isp', dmarc='none'), charset='shift_jis', cte='8bit', subj_enc='b-sjis',
  tricks='look-alike aeonbank-jp.net passing SPF/DKIM; asks ATM PIN; 48h freeze threat; Shift_JIS 8bit body with Shift_JIS B subject')

G('aeon-card-riyou-tsuuchi-genuine', 'イオンカード', ('イオンカード', 'information@use.email.aeon.co.jp'),
  '【イオンカード】カードご利用のお知らせ',
  '''イオンカードをご利用いただきありがとうございます。
以下のご利用がありましたのでお知らせいたします。

ご利用日時：2025年02月14日 18:22
ご利用先：イオンスタイル幕張新都心
ご利用金額：8,764円

お心当たりのないご利用の場合は、イオンカードセンターまでご連絡ください。
ご利用明細の確認は、イオンウォレットまたはイオンスクエアメンバーから行えます。

※このメールは「カードご利用通知サービス」にご登録いただいた方へお送りしています。
イオンフィナンシャルサービス株式会社''',
  D('2025-02-14 18:23:51'), auth=A('gmail', mfrom='use.email.aeon.co.jp', dkim_d='email.aeon.co.jp'), cte='base64',
  tricks='genuine usage notice from information@use.email.aeon.co.jp (known from third-party write-ups, not from AEON itself: partly verified); no link')

G('aeon-card-campaign-html-tracker', 'イオンカード', ('イオンカード', 'aeoncard@ma2.email.aeon.co.jp'),
  '【イオンカード】20日・30日はお客さま感謝デー！5%OFF',
  '''イオンカード会員さま

毎月20日・30日はお客さま感謝デー。
イオンカードのご利用で、お買物代金が5%OFFになります。

[[対象店舗を見る|https://ma2.email.aeon.co.jp/c/2Zk8xQ?l=https://www.aeon.co.jp/campaign/]]
[[イオンウォレットをダウンロード|https://ma2.email.aeon.co.jp/c/2Zk8xR]]

※一部対象外の店舗・商品がございます。
配信停止は[[こちら|https://ma2.email.aeon.co.jp/u/2Zk8xS]]
イオンフィナンシャルサービス株式会社''',
  D('2024-10-18 17:00:00'), auth=A('gmail', mfrom='ma2.email.aeon.co.jp', dkim_d='email.aeon.co.jp'), struct='alt', cte='quoted-printable',
  tricks='genuine campaign newsletter via ma2.email.aeon.co.jp (listed by a write-up), tracker links; local part guessed')

# ---------------- セゾン ----------------
P('saison-payment-confirmed-outlook-jp', 'セゾンカード', ('セゾンカード', 'saison.netanswer8@outlook.jp'),
  'Saisonカードご利用者様へ 次回の支払い金額が確定しました',
  '''Saisonカードご利用者様

次回のお支払い金額が確定しました。
お支払い金額：13,276円
お支払日：2024年9月4日

ご利用内容に誤りがある場合、または心当たりのない請求がある場合は、
以下から異議申し立てを行ってください。
http://netanswer-saison.online/claim

クレディセゾン''',
  D('2024-08-27 22:18:40'), auth=A('m365', mfrom='outlook.jp', dkim_d='outlook.jp', dmarc='pass', compauth='pass reason=100'),
  cte='quoted-printable',
  tricks='free mail (outlook.jp) sender with full pass; amount plausibly small; 異議申し立て dispute link on .online')

P('saison-account-restrict-euc-tld-swap', 'セゾンカード', ('クレディセゾン', 'info@saisoncard.co'),
  '口座取引制限のご案内：セゾンカード情報を更新してください',
  '''セゾンカード会員様

このたび、ご登録情報の一部に不備が確認されたため、口座のお取引を制限いたしました。
Netアンサーにログインのうえ、カード情報の更新をお願いいたします。

更新期限：2024年11月8日
https://www.saisoncard.co/netanswer/login

期限内に更新が確認できない場合、カードのご利用を停止いたします。

株式会社クレディセゾン''',
  D('2024-11-05 13:45:21'), auth=A('isp', dmarc='none'), charset='euc-jp', cte='8bit', subj_enc='b-eucjp',
  tricks='TLD swap saisoncard.co for saisoncard.co.jp passing its own SPF/DKIM; EUC-JP 8bit body, EUC-JP B subject; Netアンサー login lure')

P('saison-netanswer-hidden-link-html', 'セゾンカード', ('SAISON CARD', 'noreply@mail.saisoncard-info.com'),
  '【重要】セゾンカードご利用確認のお願い',
  '''セゾンカードをご利用のお客様

お客様のカードで高額なご利用が検出されました。
ご本人様のご利用か確認するため、Netアンサーからご回答ください。

[[https://www.saisoncard.co.jp/netanswer/|https://203.0.113.45:8443/saison/netanswer/]]

※ご回答がない場合、順次カードのご利用を停止いたします。
株式会社クレディセゾン''',
  D('2023-06-14 03:12:59'), auth=A('gmail', spf='softfail', dkim='none', dmarc='none'), struct='html', cte='base64',
  tricks='HTML link text shows official saisoncard.co.jp URL, href is an IP with port; brand-combo sender with SPF softfail, unsigned')

G('saison-seikyu-netanswer-genuine', 'セゾンカード', ('セゾンカード', 'info@mail.saisoncard.co.jp'),
  '【セゾンカード】ご請求金額確定のお知らせ',
  '''セゾン 花子 様

いつもセゾンカードをご利用いただき、誠にありがとうございます。
12月4日お支払い分のご請求金額が確定しましたのでお知らせいたします。

ご請求金額：21,540円
お支払日：2023年12月4日（月）

ご利用明細はNetアンサーまたはセゾンPortalアプリでご確認いただけます。
https://www.saisoncard.co.jp/

※セゾンカードでは、メールでカード番号や暗証番号をお伺いすることはございません。

株式会社クレディセゾン''',
  D('2023-11-20 09:30:14'), auth=A('gmail', mfrom='mail.saisoncard.co.jp', dkim_d='saisoncard.co.jp'), cte='base64',
  tricks='genuine billing notice from mail.saisoncard.co.jp (listed in a write-up quoting Saison); named greeting; local part guessed')

G('saison-saisonid-login-notice', 'セゾンカード', ('SAISON ID', 'no-reply@saisonid.com'),
  '【SAISON ID】新しい端末からのログインがありました',
  '''SAISON IDに新しい端末からログインがありました。

日時：2025/04/11 22:03
端末：iPhone / Safari
地域：日本

お客様ご自身の操作であれば、対応は不要です。
お心当たりがない場合は、すぐにパスワードを変更してください。
https://www.saisoncard.co.jp/

株式会社クレディセゾン''',
  D('2025-04-11 22:03:48'), auth=A('m365', mfrom='saisonid.com', dkim_d='saisonid.com'), cte='quoted-printable', crlf=True,
  tricks='hard genuine: login alert telling the user to change the password, from saisonid.com (listed in a write-up); CRLF; M365 AR')

# ---------------- エポスカード ----------------
P('epos-riyou-kakunin-lookalike-m365', 'エポスカード', ('エポスカード', 'info@eposcard-net.com'),
  '【エポスカード】ご利用確認のお願い',
  '''エポスカード会員様

いつもエポスカードをご利用いただきありがとうございます。
お客様のカードに対し、第三者による不正利用の可能性がある取引を検知いたしました。

エポスNetにログインし、ご利用内容の確認をお願いいたします。
https://eposcard-net.com/eposnet/login

ご確認いただけない場合、カードのご利用を停止させていただきます。

株式会社エポスカード''',
  D('2024-05-30 15:01:02'), auth=A('m365', dmarc='none', compauth='softpass reason=201'),
  tricks='hyphenated look-alike eposcard-net.com (sender and link) passing SPF/DKIM; M365 AR with compauth softpass')

P('epos-callback-no-link', 'エポスカード', ('エポスカード 不正利用対策室', 'epos.taisaku@gmx.com'),
  '【エポスカード】ご利用代金 98,000円 のお支払いについて',
  '''お客様

お客様のエポスカードにて下記のご利用がございました。
ご利用日：2025年9月2日
ご利用先：オンラインゲーム課金
ご利用金額：98,000円

お心当たりのない場合は、本日中に不正利用対策室（050-3188-42xx）までお電話ください。
ご連絡がない場合、お客様のご利用として確定いたします。

株式会社エポスカード''',
  D('2025-09-02 10:30:30'), auth=A('gmail', mfrom='gmx.com', dkim_d='gmx.com', p='QUARANTINE'),
  tricks='call-back scam without any link (IP phone 050 number, today-only); free mail gmx.com passing auth')

G('epos-tsuuchi-genuine', 'エポスカード', ('エポスカード', 'info@eposcard.co.jp'),
  '【エポスカード】ご利用代金確定のお知らせ',
  '''エポス 太郎 様

いつもエポスカードをご利用いただき、ありがとうございます。
2025年1月27日お支払い分のご利用代金が確定しました。

ご請求金額：17,306円

ご利用明細はエポスNetまたはエポスカード公式アプリでご確認ください。
https://www.eposcard.co.jp/

株式会社エポスカード''',
  D('2025-01-12 10:00:31'), auth=A('gmail'), cte='base64',
  tricks='genuine billing notice; sender domain eposcard.co.jp from memory (UNVERIFIED)')

# ---------------- 三菱UFJニコス / 三菱UFJ銀行 ----------------
P('mufg-nicos-forged-dmarcfail-gmail', '三菱UFJニコス', ('三菱UFJニコス', 'info@cr.mufg.jp'),
  '【MUFGカード】ご請求金額確定のご案内',
  '''MUFGカード会員様

ご請求金額が確定いたしました。
お支払いに関して確認が必要な事項がございます。Net Branchにログインしご確認ください。

▼Net Branchログイン
https://mufg-netbranch.cr-mufg.xyz/login

三菱UFJニコス株式会社''',
  D('2024-01-19 07:07:07'), auth=A('gmail', spf='fail', dkim='none', dmarc='fail', p='REJECT', mfrom='smtp.vdvzq.top'),
  cte='base64',
  tricks='forged official cr.mufg.jp (SPF fail, DMARC fail p=REJECT, Gmail AR); billing notice turned into Net Branch login; .xyz')

P('mufg-bank-torihiki-mokuteki-html', '三菱UFJ銀行', ('三菱UFJ銀行', 'kakunin@bk-mufg-jp.com'),
  '【三菱UFJ銀行】お取引目的等のご確認のお願い',
  '''三菱UFJ銀行をご利用のお客さま

犯罪収益移転防止法に基づき、お客さまのお取引目的・ご職業等の確認をお願いしております。
ご回答いただけない場合、2026年2月28日以降、お取引の一部を制限させていただきます。

[[三菱UFJダイレクトで回答する|https://bk-mufg-jp.com/direct/kyc]]

回答には、三菱UFJダイレクトのログイン情報とワンタイムパスワードが必要です。

株式会社三菱UFJ銀行''',
  D('2026-02-02 12:12:12'), auth=A('gmail', dmarc='none'), struct='alt', cte='quoted-printable',
  tricks='KYC "取引目的確認" lure (2024-26 trend); look-alike bk-mufg-jp.com passing SPF/DKIM; asks login + OTP')

G('mufg-nicos-phishing-warning', '三菱UFJニコス', ('三菱UFJニコス', 'mail@cr.mufg.jp'),
  '【重要】弊社を装った不審なメール・SMSにご注意ください',
  '''MUFGカード会員の皆さまへ

三菱UFJニコスを装い、「ご利用確認」「カードの利用制限」などと称して偽サイトへ誘導する
不審なメール・SMSが多数確認されています。
弊社がメールでカード番号、有効期限、暗証番号をお伺いすることはございません。

不審なメールを受信された場合は、リンクを開かずに削除してください。
万一入力してしまった場合は、カード裏面の電話番号までご連絡ください。

詳しくは弊社ホームページをご確認ください。
https://www.cr.mufg.jp/

三菱UFJニコス株式会社''',
  D('2025-04-25 14:00:00'), auth=A('isp', mfrom='cr.mufg.jp', dkim_d='cr.mufg.jp'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='hard genuine: phishing warning full of phishing words; cr.mufg.jp from memory (UNVERIFIED); ISO-2022-JP; ISP AR')

G('mufg-bank-furikomi-notice', '三菱UFJ銀行', ('三菱UFJ銀行', 'direct@bk.mufg.jp'),
  '【三菱UFJ銀行】振込受付のお知らせ',
  '''三菱UFJダイレクトをご利用いただきありがとうございます。
以下のお振込を受け付けました。

受付日時：2024年06月25日 12:41
振込先：ﾏﾙｲﾁｺｳﾑﾃﾝ（カ
振込金額：55,000円

お心当たりのない場合は、至急三菱UFJダイレクトのお問い合わせ窓口までご連絡ください。

株式会社三菱UFJ銀行''',
  D('2024-06-25 12:41:30'), auth=A('gmail', mfrom='bk.mufg.jp', dkim_d='bk.mufg.jp'), charset='shift_jis', cte='base64', subj_enc='b-utf8',
  tricks='genuine transfer receipt with 至急 wording, half-width katakana payee (Shift_JIS/CP932 base64); bk.mufg.jp from memory (UNVERIFIED)')

# ---------------- 楽天カード ----------------
P('rakuten-card-10000pt-lookalike-shortener', '楽天カード', ('楽天カード株式会社', 'campaign@mkrm-rakuten.co'),
  '【楽天カード】10,000ポイントプレゼントのお知らせ',
  '''楽天カード会員様

楽天カード会員様限定で、10,000ポイントをプレゼントいたします。
受け取りには楽天e-NAVIでのエントリーが必要です。

▼エントリーはこちら
https://rkt-to.link/e/k29dq

エントリー期限：本日23:59まで

楽天カード株式会社''',
  D('2025-07-15 09:15:00'), auth=A('gmail', dmarc='none'),
  tricks='look-alike of the real mkrm.rakuten.co.jp campaign domain (mkrm-rakuten.co) passing own SPF/DKIM; fake group shortener rkt-to.link imitating r10.to; today-only')

P('rakuten-card-enavi-forged-isp-fail', '楽天カード', ('楽天カード株式会社', 'info@mail.rakuten-card.co.jp'),
  '【重要】楽天カード使用に関する重要なお知らせ',
  '''いつも楽天カードをご利用いただき、誠にありがとうございます。

楽天カード株式会社ではお客様に安心してカードをご利用いただくため、不正利用検知システムを導入しております。
お客様のカードで第三者による不正利用の可能性がある取引が確認されたため、カードのご利用を制限させていただきました。

▼楽天e-NAVIでご本人確認
https://rakuten-card.co.jp.e-navi-login.pw/

楽天カード株式会社
https://www.rakuten-card.co.jp/''',
  D('2023-09-07 18:09:33'), auth=A('isp', spf='fail', dkim='none', dmarc='fail', mfrom='vps12.nvcx-mail.ru'),
  tricks='forged official info@mail.rakuten-card.co.jp (ISP AR: SPF fail, DMARC fail); brand-as-subdomain .pw; genuine-looking footer with official URL')

G('rakuten-card-seikyu-kakutei', '楽天カード', ('楽天カード株式会社', 'info@mail.rakuten-card.co.jp'),
  '【楽天カード】カードご利用代金お支払い金額確定のお知らせ',
  '''楽天 花子 様

いつも楽天カードをご利用いただき、誠にありがとうございます。
2025年11月27日お支払い分のご請求金額が確定いたしました。

ご請求金額：31,022円

ご利用明細は楽天e-NAVIまたは楽天カードアプリでご確認ください。
https://r10.to/hRk2Qw

※本メールは送信専用アドレスからお送りしております。
楽天カード株式会社
https://www.rakuten-card.co.jp/''',
  D('2025-11-12 10:31:58'), auth=A('gmail', mfrom='bounce.rakuten-card.co.jp', dkim_d='mail.rakuten-card.co.jp'), cte='base64',
  tricks='genuine billing notice from mail.rakuten-card.co.jp (Rakuten Card FAQ) with the group shortener r10.to; bounce.rakuten-card.co.jp envelope')

G('rakuten-card-payment-failure-genuine', '楽天カード', ('楽天カード株式会社', 'info@mail.rakuten-card.co.jp'),
  '【楽天カード】口座振替ができませんでした（お支払いのお願い）',
  '''楽天 太郎 様

2024年10月28日にお客様の指定口座からご請求金額のお引き落としができませんでした。
お手数ですが、以下のいずれかの方法でお支払いください。

・楽天e-NAVIからの「楽天銀行で支払う」
・指定口座への再振替（11月8日）
・コンビニエンスストアでのお支払い

お支払いが確認できない場合、カードのご利用を一時停止させていただくことがあります。

楽天カード株式会社''',
  D('2024-10-29 09:00:05'), auth=A('m365', mfrom='bounce.rakuten-card.co.jp', dkim_d='mail.rakuten-card.co.jp'), cte='quoted-printable',
  tricks='hard genuine: real payment failure with suspension warning, no link; M365 AR')

G('rakuten-card-campaign-mkrm-r10', '楽天カード', ('楽天カード', 'card-campaign@mkrm.rakuten.co.jp'),
  '【楽天カード】抽選で1万名様に1,000ポイント！エントリー受付中',
  '''楽天カード会員様

期間中エントリーのうえ、楽天カードで合計5,000円以上お買い物された方の中から
抽選で1万名様に1,000ポイントをプレゼント！

[[今すぐエントリー|https://r10.to/hB3kXz]]

エントリー期間：2024年8月1日（木）10:00～8月31日（土）23:59

楽天カード株式会社
配信停止：https://emagazine.rakuten.co.jp/''',
  D('2024-08-01 10:00:00'), auth=A('gmail', mfrom='mkrm.rakuten.co.jp', dkim_d='rakuten.co.jp'), struct='alt', cte='base64',
  tricks='hard genuine: campaign with 抽選/ポイント/エントリー wording and r10.to shortener, from mkrm.rakuten.co.jp (listed in a write-up)')

# ---------------- ビューカード ----------------
P('viewcard-machine-translated', 'ビューカード', ('VIEW CARD', 'viewsnet@jre-vieww.com'),
  'ビューカード お客様の口座情報の更新が必要',
  '''尊敬するビューカードのお客様

私たちはあなたの口座の異常なログインを検出しましたので、あなたの口座は一時的に使用を停止されました。
あなたの情報を更新してください、そうでなければ、あなたの口座は永久に閉鎖されます。

以下のリンクをクリックしてVIEW's NETにログインしてください：
https://jre-vieww.com/viewsnet

ありがとうございます
ビューカード安全チーム''',
  D('2023-04-03 04:04:04'), auth=A('gmail', spf='neutral', dkim='none', dmarc='none'),
  tricks='machine-translated Japanese (尊敬する…お客様, あなたの口座); typo look-alike jre-vieww.com; SPF neutral, unsigned')

G('viewcard-meisai-forwarded-by-user', 'ビューカード', ('佐藤 花子', 'hanako.sato.home@gmail.com'),
  'Fwd: 【ビューカード】ご請求金額確定のお知らせ',
  '''自分用メモ。家計簿用に会社アドレスへ転送。

---------- Forwarded message ---------
From: ビューカード <info@viewcard.co.jp>
Date: 2024年11月25日(月) 9:00
Subject: 【ビューカード】ご請求金額確定のお知らせ
To: <hanako.sato.home@gmail.com>

佐藤 花子 様
12月4日お支払い分のご請求金額が確定しました。
ご請求金額：9,860円
詳しくはVIEW's NETでご確認ください。
https://www.jreast.co.jp/card/

株式会社ビューカード''',
  D('2024-11-25 21:14:40'), auth=A('gmail', mfrom='gmail.com', dkim_d='gmail.com', p='NONE'), to='hanako.sato@example.jp',
  tricks='hard genuine: genuine card notice forwarded by the user from her own Gmail to her work address; inner sender viewcard.co.jp from memory (UNVERIFIED)')

# ---------------- りそな / みずほ / ゆうちょ / 三井住友銀行 / JAバンク ----------------
P('resona-app-reauth-sms-isgd', 'りそな銀行', ('', 'resona-info7731@ezweb.ne.jp'), '',
  '''【りそな銀行】お客様の口座が一時利用停止となっております。りそなグループアプリで再認証してください https://is.gd/Rs9vQk''',
  D('2024-12-09 19:19:19'), auth=A('isp'), cte='8bit',
  tricks='SMS-style one-liner from a carrier mailbox (ezweb.ne.jp); empty subject; is.gd shortener')

P('mizuho-direct-compromised-association', 'みずほ銀行', ('みずほ銀行', 'jimukyoku@kanko-minamiboso.or.jp'),
  '【みずほ銀行】重要なお知らせ：お客さま情報の確認',
  '''みずほダイレクトをご利用のお客さま

いつもみずほ銀行をご利用いただき誠にありがとうございます。
マネー・ローンダリング対策の一環として、お客さま情報の確認をお願いしております。

▼みずほダイレクトへログイン
https://www.mizuhobank.co.jp.direct-login.help/retail/

ご確認がない場合、お取引を制限させていただきます。

株式会社みずほ銀行''',
  D('2025-01-29 11:58:00'), auth=A('gmail', p='NONE'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis-fold',
  tricks='compromised tourism association (.or.jp, full pass); brand-as-subdomain .help; ISO-2022-JP with folded subject')

P('yucho-direct-yahoo-ip-link', 'ゆうちょ銀行', ('ゆうちょ銀行', 'yucho_kanri2025@yahoo.co.jp'),
  '【ゆうちょ銀行】ゆうちょダイレクトお取引制限のお知らせ',
  '''ゆうちょダイレクトをご利用のお客さま

お客さまの口座で不審なお取引を検知したため、ゆうちょダイレクトのご利用を制限しております。
制限を解除するには、以下よりお客さま番号・ログインパスワード・ワンタイムパスワードをご入力ください。

http://198.51.100.73/yucho/direct/

株式会社ゆうちょ銀行''',
  D('2023-08-16 21:00:00'), auth=A('isp', mfrom='yahoo.co.jp', dkim_d='yahoo.co.jp'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='free mail yahoo.co.jp (passes); raw IP link over http; asks OTP')

P('yucho-sms-forward-mother-gmail', 'ゆうちょ銀行', ('伊藤 京子', 'kyoko.ito.1958@gmail.com'),
  'Fwd: これきたんだけど',
  '''こんなSMSきたよ。押してないけど大丈夫かな

> 【ゆうちょ銀行】お客様の口座が凍結されました。本人確認はこちら https://jp-bank-yucho.cc/v

（スマホから送信）''',
  D('2025-10-11 08:12:00'), auth=A('gmail', mfrom='gmail.com', dkim_d='gmail.com', p='NONE'),
  tricks='SMS lure forwarded by the user\'s mother from Gmail (label phish: the content is the lure); look-alike .cc')

P('smbc-bank-otp-punycode-html', '三井住友銀行', ('三井住友銀行', 'info@smbc-direct.jp.net'),
  '【三井住友銀行】ワンタイムパスワード再登録のお願い',
  '''SMBCダイレクトをご利用のお客さま

ワンタイムパスワード（アプリ）のシステム更新に伴い、再登録が必要となりました。
下記よりログインのうえ、再登録をお願いいたします。

[[https://direct.smbc.co.jp/aib/aibgsjsw5001.jsp|https://xn--drect-smbc-x2i.jp/aib/login]]

株式会社三井住友銀行''',
  D('2024-04-22 08:30:00'), auth=A('m365', dmarc='none', compauth='none reason=905'), struct='html', cte='quoted-printable',
  tricks='link text shows official direct.smbc.co.jp, href is a punycode homoglyph xn--drect-smbc-x2i.jp (Cyrillic і in dіrect-smbc); .jp.net TLD trick sender; OTP re-registration lure')

P('jabank-netbank-torihiki-seigen', 'JAバンク', ('JAネットバンク', 'info@jabank-net.jp'),
  '【JAネットバンク】お取引制限のお知らせ',
  '''JAネットバンクをご利用のお客さま

お客さまの口座に不正アクセスの可能性が確認されたため、お取引を制限しております。
以下よりご本人確認を行い、制限を解除してください。

https://jabank-net.jp/jnb/auth

JAバンク''',
  D('2024-06-03 06:06:06'), auth=A('gmail', dmarc='none'), charset='shift_jis', cte='quoted-printable', subj_enc='b-utf8',
  tricks='look-alike jabank-net.jp passing SPF/DKIM; Shift_JIS quoted-printable body')

G('resona-phishing-warning-genuine', 'りそな銀行', ('りそな銀行', 'info@resonabank.co.jp'),
  '【りそな銀行】当社を装った不審なメール・SMSにご注意ください',
  '''りそなグループアプリ・マイゲートをご利用のお客さまへ

当社を装い、「口座の利用停止」「再認証が必要」などと称してフィッシングサイトへ誘導する
不審なメール・SMSが確認されています。
当社からメールやSMSでログインや暗証番号の入力をお願いすることはございません。

心当たりのないメール・SMSのリンクは開かないようご注意ください。
https://www.resonabank.co.jp/

株式会社りそな銀行''',
  D('2024-12-10 10:00:00'), auth=A('gmail'), cte='base64',
  tricks='hard genuine: phishing warning quoting the lure words; resonabank.co.jp from memory (UNVERIFIED)')

G('mizuho-furikomi-uketsuke', 'みずほ銀行', ('みずほ銀行', 'mizuho-direct@mizuhobank.co.jp'),
  '【みずほ銀行】お振込受付のお知らせ',
  '''みずほダイレクトをご利用いただきありがとうございます。
以下のお振込を受け付けました。

受付日時：2025年03月31日 09:12
振込先金融機関：三井住友銀行
受取人名：ヤマダ　コウムテン
振込金額：120,000円

お心当たりのない場合は、みずほダイレクトヘルプデスクまでご連絡ください。
株式会社みずほ銀行''',
  D('2025-03-31 09:12:44'), auth=A('m365'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis', crlf=True,
  tricks='genuine transfer receipt; mizuhobank.co.jp from memory (UNVERIFIED); ISO-2022-JP CRLF; M365 AR')

G('yucho-ninsho-app-notice', 'ゆうちょ銀行', ('ゆうちょ銀行', 'yucho-info@jp-bank.japanpost.jp'),
  '【ゆうちょ銀行】ゆうちょ認証アプリの登録が完了しました',
  '''ゆうちょ銀行をご利用いただきありがとうございます。
ゆうちょ認証アプリの登録が完了しました。

登録日時：2024年2月13日 20:41

お客さまご自身による登録でない場合は、ただちにゆうちょ銀行のお問い合わせ窓口までご連絡ください。

株式会社ゆうちょ銀行
https://www.jp-bank.japanpost.jp/''',
  D('2024-02-13 20:41:59'), auth=A('gmail', mfrom='jp-bank.japanpost.jp', dkim_d='jp-bank.japanpost.jp'), cte='quoted-printable',
  tricks='genuine security notice (registration done, "contact us if not you"); jp-bank.japanpost.jp from memory (UNVERIFIED)')
