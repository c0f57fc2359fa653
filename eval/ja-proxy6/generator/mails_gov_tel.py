# Government, utilities, railway/expressway, carriers.
from spec import P, G, A, D

# ---------------- 国税庁 ----------------
P('nta-tax-arrears-fake-go-jp', '国税庁', ('国税庁', 'info@nta-go-jp.info'),
  '【国税庁】未納税金のお知らせ（最終催告）',
  '''納税者様

あなたの所得税（令和5年分）に未納額があります。
未納税額：28,400円
納付期限：2024年2月26日

期限までに納付がない場合、財産の差し押さえを行います。
以下のe-Taxサイトからクレジットカードで納付してください。

https://www.e-tax.nta.go.jp.nozei-kanri.info/payment

国税庁 徴収部''',
  D('2024-02-20 09:00:00'), auth=A('gmail', dmarc='none'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='fake go.jp hierarchy (www.e-tax.nta.go.jp.<x>.info) and nta-go-jp.info sender; 差し押さえ threat; card payment for tax')

P('nta-etax-refund-lgjp-hierarchy', '国税庁', ('e-Tax 還付金受付センター', 'kanpu@etax-kanpu.jp'),
  '所得税の還付金受取手続きのお知らせ',
  '''還付金の受取手続きのご案内

令和6年分の確定申告に基づき、所得税の還付金（34,100円）が確定しました。
受取口座の登録手続きが未完了のため、以下から手続きを行ってください。

https://kanpu.nta.go.jp.city-tokyo.lg.jp.etax-kanpu.jp/refund

手続き期限：本メール受信後3日以内

国税庁''',
  D('2025-04-08 12:00:00'), auth=A('isp', dmarc='none'), cte='base64',
  tricks='fake hierarchy with both go.jp and lg.jp labels in front of etax-kanpu.jp; refund bait asking bank details')

P('nta-sms-style-au-mailbox', '国税庁', ('', 'zeimusho.tsuchi8810@au.com'), '',
  '''【国税庁】重要なお知らせ：あなたの税金未納が確認されました。本日中に納付がない場合、差押えとなります。https://bit.ly/3Ntx9Pq''',
  D('2025-01-28 10:20:30'), auth=A('isp'), cte='8bit',
  tricks='SMS-style one-liner from a carrier mailbox (au.com, passes); empty subject; bit.ly')

G('nta-etax-message-box-genuine', '国税庁', ('e-Tax', 'info@e-tax.nta.go.jp'),
  '【e-Tax】メッセージボックスに新着メッセージがあります',
  '''e-Taxをご利用いただきありがとうございます。
メッセージボックスに新しいメッセージが格納されました。

格納日時：2025年03月12日 15:22
件名：還付金処理状況のお知らせ

内容はe-Taxにログインのうえ、メッセージボックスでご確認ください。
※このメールにはリンクを記載しておりません。国税庁ホームページからe-Taxへアクセスしてください。

国税庁''',
  D('2025-03-12 15:23:10'), auth=A('gmail', mfrom='e-tax.nta.go.jp', dkim_d='nta.go.jp'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='hard genuine: government refund-status notice (還付金 word) without link; e-tax.nta.go.jp sender from memory (UNVERIFIED)')

G('nta-warning-newsletter-genuine', '国税庁', ('国税庁メールマガジン', 'mailmag@nta.go.jp'),
  '国税庁メールマガジン 第178号：国税庁を装った不審なメール・SMSにご注意ください',
  '''■国税庁を装った不審なメール・SMSにご注意ください
国税庁や税務署を装い、「未納税金がある」「差押えを行う」などとして
偽サイトへ誘導し、クレジットカード情報を入力させる事例が確認されています。
国税庁では、SMSやメールで納付を求めることはありません。

■令和7年分 年末調整のお知らせ
詳しくは国税庁ホームページをご覧ください。
https://www.nta.go.jp/

配信停止・登録変更：https://www.nta.go.jp/mailmagazine/''',
  D('2025-10-30 14:00:00'), auth=A('isp', mfrom='nta.go.jp', dkim_d='nta.go.jp'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis-fold', crlf=True,
  tricks='hard genuine: government newsletter quoting lure words (未納税金, 差押え, クレジットカード); nta.go.jp local part guessed; ISO-2022-JP CRLF, folded subject')

# ---------------- NHK ----------------
P('nhk-jushinryo-unpaid-lookalike', 'NHK', ('NHK受信料窓口', 'uketsuke@nhk-jushinryo.jp'),
  '【NHK】受信料のお支払いについて（重要）',
  '''NHKをご視聴のお客様

お客様の受信料のお支払いが確認できておりません。
未払い分：2期分 4,460円

期限までにお支払いがない場合、割増金（受信料の2倍）を請求させていただきます。
下記よりクレジットカードでお支払いください。
[[お支払い手続き|https://nhk-jushinryo.jp/pay]]

日本放送協会''',
  D('2024-09-10 13:13:13'), auth=A('gmail', dmarc='none'), struct='alt', cte='base64',
  tricks='look-alike nhk-jushinryo.jp passing SPF/DKIM; 割増金 threat (2023 rule change used as lure)')

P('nhk-plus-payment-free-mail-callback', 'NHK', ('NHK ONE サポート', 'nhk.one.support@outlook.com'),
  'NHK ONE ご利用料金未納のお知らせ',
  '''NHK ONEをご利用のお客様

ご利用料金の決済が完了しておりません。
至急、下記サポートセンターへお電話ください。担当者が手続きをご案内いたします。

NHK ONEサポートセンター：03-6890-12xx

日本放送協会''',
  D('2025-10-02 16:02:00'), auth=A('m365', mfrom='outlook.com', dkim_d='outlook.com', compauth='pass reason=100'),
  tricks='free mail outlook.com (passes); call-back, no link; new service name NHK ONE as pretext')

G('nhk-jushinryo-koza-genuine', 'NHK', ('NHK受信料', 'info@nhk-cs.jp'),
  '【NHK】受信料口座振替のお知らせ',
  '''NHKをご覧いただきありがとうございます。
受信料の口座振替日と金額をお知らせします。

振替日：2024年12月26日
金額：2か月分 2,200円（地上契約）

ご契約内容の確認は「NHK受信料の窓口」をご利用ください。
https://www.nhk-cs.jp/

日本放送協会''',
  D('2024-12-18 10:00:00'), auth=A('gmail', mfrom='nhk-cs.jp', dkim_d='nhk-cs.jp'), cte='base64',
  tricks='genuine: NHK受信料の窓口 domain nhk-cs.jp (from memory, UNVERIFIED; ja-proxy4 README notes the same doubt)')

G('nhk-news-newsletter-genuine', 'NHK', ('NHK', 'news-mail@nhk.or.jp'),
  'NHKニュース 防災・気象情報メール登録完了',
  '''NHKの防災・気象情報メールへのご登録ありがとうございます。
地震・津波・大雨などの情報をお届けします。

登録地域：東京都 世田谷区
配信停止・地域変更：https://www.nhk.or.jp/

日本放送協会''',
  D('2023-07-01 18:00:00'), auth=A('isp', mfrom='nhk.or.jp', dkim_d='nhk.or.jp'), cte='quoted-printable',
  tricks='genuine service mail; nhk.or.jp local part guessed (UNVERIFIED)')

# ---------------- 総務省 ----------------
P('soumu-mynumber-points-lookalike', '総務省', ('総務省 マイナポイント事務局', 'info@mynapoint-soumu.jp'),
  '【総務省】マイナポイント第3弾 申込期限のお知らせ',
  '''マイナンバーカードをお持ちの皆様

マイナポイント第3弾（最大20,000円分）の申込期限が近づいています。
申込がまだの方は、以下からお手続きください。

https://mynapoint-soumu.jp/apply

申込にはマイナンバーカードの暗証番号とクレジットカード情報が必要です。
総務省''',
  D('2024-11-11 11:11:11'), auth=A('gmail', dmarc='none'), cte='base64',
  tricks='government look-alike mynapoint-soumu.jp (non-go.jp) passing auth; fictitious 第3弾 points; asks My Number PIN + card')

P('soumu-radio-license-sjis-html', '総務省', ('総務省 電波利用料', 'denpa@soumu-go-jp.net'),
  '電波利用料の未納について（督促状）',
  '''電波利用料の納付が確認できておりません。
延滞金が発生する前に、以下より納付してください。
[[https://www.tele.soumu.go.jp/|https://denpa-nofu.azurewebsites.net/pay]]
総務省 総合通信基盤局''',
  D('2023-12-05 09:30:00'), auth=A('m365', dmarc='none', compauth='none reason=905'), charset='shift_jis', cte='quoted-printable', struct='html', subj_enc='b-sjis',
  tricks='link text shows official soumu.go.jp URL, href azurewebsites.net; soumu-go-jp.net sender; Shift_JIS QP HTML')

# ---------------- ETC利用照会 ----------------
P('etc-120-days-cancellation-cn', 'ETC利用照会サービス', ('ETC利用照会サービス事務局', 'member-aqvx@mhkpqo.cn'),
  '【至急】ご利用を継続いただくためのお願い',
  '''ETC利用照会サービスをご利用のお客様

最終ログインから120日が経過しています。
150日間ログインがない場合、自動的に登録が解約されます。
解約予定日：2026-2-20

ブラウザで「ETC利用照会サービス」と検索し、公式サイトからログインしてください。
[[ETC利用照会サービス 公式サイトはこちら|https://etc-meisai.icrvhq.cn/Rfunc1013000ext/]]

当社はメールでクレジットカード情報の入力をお願いすることはありません。
ETC利用照会サービス事務局''',
  D('2026-02-13 06:30:00'), auth=A('gmail', dmarc='none'), struct='alt', cte='quoted-printable',
  tricks='2026 "150 days no login" lure that tells you to search the official site, then links anyway; .cn; reassuring anti-phishing sentence')

P('etc-annual-fee-failed-qr', 'ETC利用照会サービス', ('ETCマイレージサービス', 'noreply@etc-mileage-service.com'),
  '年会費の支払いに失敗しました',
  '''ETCマイレージサービスをご利用のお客様
年会費のお支払いが確認できませんでした。
サービス停止を避けるため、スマートフォンで二次元コードを読み取りお支払い情報を更新してください。
[[二次元コード|cid:qr]]
ETCマイレージサービス事務局''',
  D('2024-06-21 21:21:21'), auth=A('isp', dmarc='none'), struct='related', cte='base64',
  tricks='QR-only lure (the official site warns: no annual fee exists); look-alike .com')

P('etc-violation-machine-translated', 'ETC利用照会サービス', ('ETC利用照会サーピス事務局', 'etc@qzv-etcmail.com'),
  'ETCの2回目の違反がありました',
  '''尊敬するお客様：
あなたのETCカードは2回目の違反がありました、サービスは無効になりました。
異常な消費記録があります。あなたの決済方法を再確認してください。
以下のリンクをクリックしてください：
https://etc-meisai-jp.netlify.app/
ETC利用照会サーピス事務局''',
  D('2023-03-19 07:07:00'), auth=A('gmail', spf='softfail', dkim='none', dmarc='none'), charset='utf-8', cte='base64',
  tricks='machine-translated Japanese; misspelled office name サーピス; netlify.app; SPF softfail')

G('etc-riyou-shokai-cancellation-genuine', 'ETC利用照会サービス', ('ETC利用照会サービス事務局', 'info@etc-meisai.jp'),
  '【ETC利用照会サービス】解約予告のお知らせ',
  '''ETC利用照会サービスをご利用いただきありがとうございます。

お客様の登録は、最終ログインから長期間ご利用がないため、
2025年9月30日をもって解約となる予定です。
継続してご利用される場合は、期日までに一度ログインしてください。

※当事務局からメールでクレジットカード情報等の入力をお願いすることはございません。
※本メールにはリンクを記載しておりません。ブックマーク等からアクセスしてください。

ETC利用照会サービス事務局''',
  D('2025-08-31 10:00:00'), auth=A('gmail', mfrom='etc-meisai.jp', dkim_d='etc-meisai.jp'), cte='base64',
  tricks='hard genuine: real "解約予告" (whose subject phishers copy, per the service\'s own warning), no link; etc-meisai.jp sender from memory (UNVERIFIED)')

# ---------------- えきねっと ----------------
P('ekinet-auto-withdrawal-sender-self', 'えきねっと', ('SAISON', 'k-suzuki@example.jp'),
  '【重要】えきねっとアカウントの自動退会処理について。メール番号:Ek6177244483-72711098',
  '''えきねっと
日頃より「えきねっと」をご利用いただきありがとうございます。
セキュリティシステムを全面的にリニューアルしたため、7日以上ログインしていない方は、
このメールを受信後、早急にログインをして個人情報を更新してくださ。
[[ログイン|https://deltaprops-llc.example.com/eki]]
ご記入がない場合は、退会手続きをとらせていただきます。

発行：株式会社JR東日本ネットステーション''',
  D('2025-03-18 02:02:02'), auth=A('m365', spf='fail', dkim='none', dmarc='fail', p='NONE', mfrom='mta.fktr.ru', compauth='fail reason=601'),
  to='k-suzuki@example.jp', struct='html', cte='base64',
  tricks='From is the recipient\'s own address with a wrong display name (SAISON); DMARC fail p=NONE; typo くださ; compromised US business site link')

P('ekinet-forged-eki-net-iso-crlf', 'えきねっと', ('えきねっと', 'info@eki-net.com'),
  '「えきねっと」お支払い情報更新',
  '''えきねっと会員様

ご登録のクレジットカード情報の有効性が確認できませんでした。
お支払い情報を更新しない場合、新幹線eチケットのご予約が取り消されます。

https://www.eki-net.com.member-update.cyou/

株式会社JR東日本ネットステーション''',
  D('2024-07-31 05:15:00'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis', crlf=True,
  tricks='forged official eki-net.com with no Authentication-Results; brand-as-subdomain .cyou; ISO-2022-JP CRLF')

P('ekinet-onetime-url-lookalike-html', 'えきねっと', ('えきねっと', 'no-reply@eki-net.jp'),
  '【えきねっと】ご利用環境確認用ワンタイムURLのお知らせ',
  '''いつも「えきねっと」をご利用いただきありがとうございます。
普段と異なるご利用環境からのアクセスを確認しました。
以下のワンタイムURLから、ご利用環境の確認を行ってください。

[[https://www.eki-net.com/personal/top/index|https://eki-net.jp/onetime/verify?k=81726]]

※URLの有効期限は発行から30分です。
えきねっと''',
  D('2024-10-10 10:10:10'), auth=A('gmail', dmarc='none'), struct='html', cte='quoted-printable',
  tricks='TLD swap eki-net.jp (sender and href) passing SPF/DKIM; link text shows official eki-net.com URL; one-time URL pretext')

P('ekinet-shinkansen-unauthorized-ticket', 'えきねっと', ('JR東日本 えきねっとサービス', 'support@jreast-ekinet.top'),
  'アカウント不正アクセスによる東海道新幹線自由席購入について',
  '''お客様のえきねっとアカウントで、不正アクセスによる新幹線きっぷの購入が確認されました。
購入内容：東京→新大阪 自由席 ×4枚 58,320円

ご本人による購入でない場合は、下記より払い戻し手続きを行ってください。
https://jreast-ekinet.top/refund

JR東日本''',
  D('2023-12-28 19:30:00'), auth=A('isp', dmarc='none'), charset='euc-jp', cte='8bit', subj_enc='b-utf8',
  tricks='fake unauthorized-purchase refund lure (subject copied from the official warning list); .top; EUC-JP body')

G('ekinet-reservation-genuine', 'えきねっと', ('えきねっと', 'info@eki-net.com'),
  '【えきねっと】申込内容（JRきっぷ）のご案内',
  '''えきねっとをご利用いただきありがとうございます。
以下の内容でお申込みを承りました。

申込番号：E2410-03-771822
乗車日：2024年10月12日
列車：はやぶさ17号 東京 10:20発 → 仙台 11:52着
座席：普通車指定席 2名
合計金額：23,320円

お申込内容の確認・変更は「えきねっと」のサイトまたはアプリから行ってください。

株式会社JR東日本ネットステーション''',
  D('2024-10-03 20:41:12'), auth=A('gmail', mfrom='eki-net.com', dkim_d='eki-net.com'), cte='base64',
  tricks='genuine booking mail from eki-net.com (domain verified by write-ups; they also say real mails no longer carry URLs, so none here)')

G('ekinet-warning-genuine-iso', 'えきねっと', ('えきねっと', 'info@eki-net.com'),
  '【えきねっと】「えきねっと」を装った偽メールにご注意ください',
  '''いつも「えきねっと」をご利用いただきありがとうございます。

えきねっとを装い、「アカウントの自動退会処理」「お支払い情報更新」「アカウント制限」などの件名で
偽サイトへ誘導するメールが確認されています。
えきねっとから退会を予告するメールや、アカウントの利用制限をお知らせするメールをお送りすることはありません。

偽メールのリンクは開かず、削除してください。

株式会社JR東日本ネットステーション''',
  D('2025-04-01 12:00:00'), auth=A('isp', mfrom='eki-net.com', dkim_d='eki-net.com'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis', crlf=True,
  tricks='hard genuine: warning newsletter listing lure subjects; eki-net.com verified; ISO-2022-JP CRLF')

# ---------------- 東京電力 ----------------
P('tepco-refund-overpayment-html', '東京電力', ('東京電力エナジーパートナー', 'henkin@tepco-ep.co'),
  '【東京電力】電気料金の過払い金返還のお知らせ',
  '''お客さま

料金計算の誤りにより、お客さまの電気料金に過払いが発生しておりました。
過払い金（5,420円）を返還いたしますので、くらしTEPCO webから受取口座をご登録ください。

[[くらしTEPCO webにログイン|https://kurashi.tepco-ep.co/login]]

受付期限：2025年2月7日
東京電力エナジーパートナー株式会社''',
  D('2025-01-31 14:00:00'), auth=A('gmail', dmarc='none'), struct='alt', cte='base64',
  tricks='TLD swap tepco-ep.co (no .jp) passing SPF/DKIM; refund bait')

P('tepco-stop-notice-sms-style', '東京電力', ('', 'denki.teishi@softbank.ne.jp'), '',
  '''【東京電力】電気料金が未払いのため、本日17時に送電を停止します。お支払いはこちら https://tinyurl.com/tepco-kakunin''',
  D('2024-08-13 10:40:00'), auth=A('isp'), cte='8bit',
  tricks='SMS-style from a carrier mailbox (softbank.ne.jp); empty subject; tinyurl; same-day power cut threat')

G('tepco-kurashi-meter-genuine', '東京電力', ('くらしTEPCO', 'info@kurashi.tepco.co.jp'),
  '【くらしTEPCO】今月の電気料金のお知らせ',
  '''くらしTEPCO web会員 様

2025年11月分の電気料金が確定しました。
ご請求金額：9,812円（使用量 318kWh）
お支払予定日：2025年12月10日

詳しくはくらしTEPCO webでご確認ください。
[[くらしTEPCO web|https://www.kurashi.tepco.co.jp/]]

東京電力エナジーパートナー株式会社''',
  D('2025-11-20 07:00:00'), auth=A('gmail', mfrom='kurashi.tepco.co.jp', dkim_d='tepco.co.jp'), struct='alt', cte='base64',
  tricks='genuine bill notice; kurashi.tepco.co.jp from memory (UNVERIFIED)')

G('tepco-payment-overdue-genuine', '東京電力', ('東京電力エナジーパートナー', 'info@kurashi.tepco.co.jp'),
  '【東京電力EP】電気料金のお支払いについてのお願い',
  '''お客さま番号：01-2345-6789-01

2024年5月分の電気料金について、お支払期日を過ぎてもお支払いが確認できておりません。
既にお支払いいただいている場合は、行き違いですのでご容赦ください。

お支払いがない場合、約款に基づき電気の供給を停止させていただく場合がございます。
お支払い方法の確認：くらしTEPCO web

東京電力エナジーパートナー株式会社''',
  D('2024-06-24 09:10:00'), auth=A('m365', mfrom='kurashi.tepco.co.jp', dkim_d='tepco.co.jp'), charset='shift_jis', cte='base64', subj_enc='b-utf8',
  tricks='hard genuine: real overdue notice with supply-stop warning, no link; Shift_JIS base64; sender UNVERIFIED')

# ---------------- au / au PAY ----------------
P('au-id-lock-lookalike', 'au', ('au ID サポート', 'support@auid-kddi.com'),
  '【au】au IDがロックされました',
  '''au IDをご利用のお客さま

複数回のログイン失敗により、お客さまのau IDをロックしました。
ロック解除には本人確認が必要です。

[[ロックを解除する|https://id.auone.jp.auid-kddi.com/unlock]]

KDDI株式会社''',
  D('2024-02-14 14:14:14'), auth=A('gmail', dmarc='none'), struct='alt', cte='base64',
  tricks='look-alike auid-kddi.com passing SPF/DKIM; brand-as-subdomain mimicking id.auone.jp')

P('au-pay-point-compromised-dental', 'au PAY', ('au PAY', 'info@sakura-dental-clinic.jp'),
  '【au PAY】Pontaポイント5,000ポイント付与のお知らせ',
  '''au PAYをご利用のお客さま

いつもご利用いただきありがとうございます。
感謝キャンペーンとしてPontaポイント5,000ポイントを付与いたします。
受け取りにはau IDでのログインが必要です。

https://aupay-ponta.weebly.com/

受取期限：2024年12月31日
auフィナンシャルサービス株式会社''',
  D('2024-12-24 10:24:00'), auth=A('gmail', p='NONE'), cte='base64',
  tricks='compromised unrelated dental clinic (full pass); weebly.com free hosting; point bait')

P('au-bill-failed-q-subject', 'au', ('au', 'billing@au-kddi.info'),
  '【au】ご利用料金のお支払いが確認できません',
  '''auをご利用のお客さま

今月のご利用料金のお支払いが確認できておりません。
回線停止を避けるため、My auからお支払い方法を更新してください。
https://my-au.au-kddi.info/pay

KDDI株式会社''',
  D('2025-05-26 18:00:00'), auth=A('isp', dmarc='none'), cte='quoted-printable', subj_enc='q-utf8',
  tricks='look-alike au-kddi.info; line-suspension threat; Q-encoded UTF-8 subject')

G('au-pay-card-meisai-genuine', 'au PAY', ('au PAY カード', 'info@aupay.wallet.auone.jp'),
  '【au PAY カード】ご請求金額確定のお知らせ',
  '''au PAY カードをご利用いただきありがとうございます。
2025年8月10日お支払い分のご請求金額が確定しました。

ご請求金額：24,918円

ご利用明細はau PAY アプリ、またはau PAY カード会員サイトでご確認ください。
https://www.kddi-fs.com/

auフィナンシャルサービス株式会社''',
  D('2025-07-25 09:00:00'), auth=A('gmail', mfrom='aupay.wallet.auone.jp', dkim_d='auone.jp'), cte='base64',
  tricks='genuine billing notice from a group company (auone.jp sender, kddi-fs.com link); both domains from memory (UNVERIFIED)')

G('au-id-otp-genuine', 'au', ('au ID', 'auid@auone.jp'),
  '【au ID】確認コードのお知らせ',
  '''au IDのログインに必要な確認コードをお知らせします。

確認コード：882047

このコードの有効期限は30分です。
お心当たりのない場合は、このメールを破棄してください。

KDDI株式会社''',
  D('2024-04-30 23:01:00'), auth=A('isp', mfrom='auone.jp', dkim_d='auone.jp'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='hard genuine: OTP mail without link; auone.jp from memory (UNVERIFIED); ISO-2022-JP')

# ---------------- ドコモ / dアカウント ----------------
P('docomo-daccount-forged-noauth-html', 'NTTドコモ', ('dアカウント', 'daccount@docomo.ne.jp'),
  '【dアカウント】ご利用中のdアカウントに関する重要なお知らせ',
  '''dアカウントをご利用のお客さま

お客さまのdアカウントに対し、第三者による不正なログインが検知されました。
安全のため、dアカウントのご利用を一時停止しております。

[[https://id.smt.docomo.ne.jp/|https://id-smt-docomo.ne-jp.click/login]]

24時間以内に本人確認を行ってください。
株式会社NTTドコモ''',
  D('2024-03-08 00:30:00'), struct='html', cte='base64',
  tricks='forged official docomo.ne.jp with no Authentication-Results; link text shows official id.smt.docomo.ne.jp, href on hyphenated .click')

P('docomo-dpoint-expiry-firebase', 'NTTドコモ', ('dポイントクラブ', 'club@dpoint-club.jp'),
  '【dポイント】期間・用途限定ポイント8,000ptが本日失効します',
  '''dポイントクラブ会員様
本日23:59に8,000ポイントが失効します。
ポイントの交換はこちらから：https://dpoint-club-jp.web.app/
株式会社NTTドコモ''',
  D('2025-09-30 12:00:00'), auth=A('gmail', dmarc='none'), cte='base64', subj_enc='b-utf8-split',
  tricks='point-expiry lure to web.app (Firebase hosting); look-alike dpoint-club.jp; UTF-8 subject split mid-character across encoded-words')

G('docomo-daccount-login-genuine', 'NTTドコモ', ('dアカウント', 'daccount@docomo.ne.jp'),
  '【dアカウント】ログインのお知らせ',
  '''dアカウント：k******i

dアカウントへのログインがありました。
日時：2025/02/09 20:14
ご利用サービス：dポイントクラブ

お心当たりのない場合は、パスワードの変更をお願いします。
https://id.smt.docomo.ne.jp/

株式会社NTTドコモ''',
  D('2025-02-09 20:14:33'), auth=A('gmail', mfrom='docomo.ne.jp', dkim_d='docomo.ne.jp'), cte='base64',
  tricks='hard genuine: login notice with password-change wording; docomo.ne.jp (also a consumer mailbox domain); local part guessed (UNVERIFIED)')

G('docomo-bill-html-newsletter', 'NTTドコモ', ('ドコモ', 'info@mail.docomo.ne.jp'),
  '【ドコモ】ご利用料金確定のお知らせ（2024年9月分）',
  '''いつもドコモをご利用いただきありがとうございます。
2024年9月分のご利用料金が確定しました。

ご請求金額：6,873円（税込）

[[料金明細を確認する（My docomo）|https://t.mail.docomo.ne.jp/r/?id=h9a2bc]]
[[dポイントの確認|https://t.mail.docomo.ne.jp/r/?id=h9a2bd]]

配信停止は[[こちら|https://t.mail.docomo.ne.jp/u/?id=h9a2be]]
株式会社NTTドコモ''',
  D('2024-10-08 10:00:00'), auth=A('m365', mfrom='mail.docomo.ne.jp', dkim_d='docomo.ne.jp'), struct='html', cte='quoted-printable',
  tricks='genuine HTML bill newsletter with click-tracker subdomain (invented t.mail.docomo.ne.jp); sender UNVERIFIED')

# ---------------- ソフトバンク ----------------
P('softbank-mysoftbank-lookalike-iso', 'ソフトバンク', ('SoftBank', 'info@mysoftbank-jp.com'),
  '【SoftBank】My SoftBank ログイン認証のお願い',
  '''ソフトバンクをご利用のお客さま

My SoftBankのセキュリティ強化に伴い、ログイン認証の再設定が必要です。
再設定されない場合、2024年6月30日以降ご利用料金の確認ができなくなります。

https://mysoftbank-jp.com/login

ソフトバンク株式会社''',
  D('2024-06-24 17:17:17'), auth=A('gmail', dmarc='none'), charset='iso-2022-jp', cte='7bit', subj_enc='b-jis',
  tricks='look-alike mysoftbank-jp.com passing SPF/DKIM; ISO-2022-JP')

P('softbank-shared-file-sharepoint-lure', 'ソフトバンク', ('ソフトバンク 法人事業統括 請求担当', 'seikyu@kitamura-seiki.co.jp'),
  '【共有ファイル】2025年4月分 ご請求書（ソフトバンク株式会社）',
  '''いつもお世話になっております。
ソフトバンク株式会社 法人請求担当でございます。

2025年4月分のご請求書をOneDriveで共有いたしました。
下記よりご確認ください。

[[請求書_202504.pdf を開く|https://kitamuraseiki-my.sharepoint.com.doc-view.online/personal/seikyu/202504]]

ご確認のほど、よろしくお願いいたします。''',
  D('2025-05-07 09:45:00'), auth=A('m365', mfrom='kitamura-seiki.co.jp', dkim_d='kitamura-seiki.co.jp'), struct='alt', cte='base64',
  tricks='shared-file invoice lure from a compromised Japanese manufacturer (full pass, M365); fake SharePoint host under .online')

G('softbank-mysoftbank-bill-genuine', 'ソフトバンク', ('ソフトバンク', 'info@mail.softbank.jp'),
  '【ソフトバンク】ご利用料金確定のお知らせ',
  '''ソフトバンクをご利用いただきありがとうございます。
2025年10月分のご利用料金が確定しました。

ご請求金額：8,448円

料金明細はMy SoftBankでご確認ください。
https://my.softbank.jp/

ソフトバンク株式会社''',
  D('2025-11-05 10:00:00'), auth=A('gmail', mfrom='mail.softbank.jp', dkim_d='softbank.jp'), cte='base64',
  tricks='genuine bill notice; mail.softbank.jp from memory (UNVERIFIED)')

G('softbank-phishing-warning-genuine', 'ソフトバンク', ('ソフトバンク', 'info@mail.softbank.jp'),
  '【ソフトバンク】当社をかたる不審なSMS・メールにご注意ください',
  '''ソフトバンクをご利用のお客さまへ

ソフトバンクをかたり、「料金未払い」「回線停止」「ポイント失効」などと称して
偽サイトへ誘導するSMS・メールが確認されています。
不審なリンクは開かず、IDやパスワード、クレジットカード情報を入力しないでください。

詳しくはこちら：https://www.softbank.jp/mobile/info/personal/news/support/

ソフトバンク株式会社''',
  D('2024-09-19 11:00:00'), auth=A('isp', mfrom='mail.softbank.jp', dkim_d='softbank.jp'), cte='quoted-printable',
  tricks='hard genuine: phishing warning quoting lure words; sender UNVERIFIED')
