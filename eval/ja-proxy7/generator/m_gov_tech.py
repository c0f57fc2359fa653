# Government, carriers, tech platforms, utilities, travel
from common import P, G, forged, own, esp, NOAUTH, page, a

R1 = ('佐藤 美咲', 'misaki.sato@example.jp')
R2 = ('', 'k-suzuki@example.jp')
R3 = ('高橋 健一', 'takahashi.kenichi@example.jp')
R4 = ('山田 太郎', 'yamada.taro@example.jp')

# ------------------------------------------------------------------ 国税庁 / e-Tax
P('etax-unpaid-tax-final', '国税庁', ('国税局', 'admin@nta-notice.com'),
  'e-Tax税務署からの【未払い税金のお知らせ】',
  'e-Taxをご利用いただきありがとうございます。\n\nあなたの所得稅と滞納金について、これまで自主的に納付されるよう催促してきましたが、まだ納付されておりません。\n'
  '最終期限までに納付がない場合、税法により不動産、自動車などの登記登録財産や給料などの差押処分に着手致します。\n\n'
  '納稅確認番号:****1821\n滯納金合計:934円\n最終期限: 2026/11/22(支払期日の延長不可)\n\nお支払いへ⇒ https://nta-notice.com/pay\n\n'
  '発行元:国税庁 Copyright (C) NATIONAL TAX AGENCY ALL Rights Reserved.\n',
  cte='base64', to=R2, auth=own('gmail'), tricks='差押 threat; traditional-Chinese/simplified glyphs (稅, 滯); look-alike sender')
P('etax-forged-info', '国税庁', ('e-Tax(国税電子申告・納税システム)', 'info@e-tax.nta.go.jp'),
  '税務署からのお知らせ【重要】', None,
  html=page('税務署からのお知らせ', ['あなたの税金の還付金が未受領です。', '還付金の受け取りには口座情報とクレジットカードによる本人確認が必要です。'],
      '還付手続き', 'https://www.nta.go.jp.kanpu-e-tax.xyz/', shown='https://www.nta.go.jp/', color='#1a3c78'),
  to=R4, auth=forged('gmail', mf='relay.kanpu-e-tax.xyz'), tricks='forged real e-Tax From (verified address), DMARC fail; official host prefix on .xyz; link text official; 還付金 lure')
P('nta-fake-gojp-hierarchy', '国税庁', ('国税庁 徴収部', 'choushu@nta.go.jp-tax.info'),
  '【最終通知】延滞税の納付について',
  '山田 太郎 様\n\n令和7年分の申告所得税について、延滞税が発生しております。\n本日中に納付されない場合、財産差押えの手続きに移行します。\n\n'
  '納付ページ: https://www.nta.go.jp-tax.info/nofu/\n\n国税庁\n',
  cs='iso-2022-jp', to=R4, auth=own('isp'), tricks='fake go.jp hierarchy (nta.go.jp-tax.info); uses recipient name; ISO-2022-JP')
G('etax-genuine-oshirase', '国税庁', ('e-Tax(国税電子申告・納税システム)', 'info@e-tax.nta.go.jp'),
  '税務署からのお知らせ',
  'e-Taxをご利用いただきありがとうございます。\n\nメッセージボックスに「税務署からのお知らせ」を格納しましたので、e-Taxにログインのうえご確認ください。\n'
  'なお、このメールアドレスは送信専用のため、返信を受け付けておりません。\n\n国税庁\n',
  cs='iso-2022-jp', to=R4, auth=own('gmail', mailfrom='e-tax.nta.go.jp', dkimd='e-tax.nta.go.jp'),
  tricks='genuine fixed-text e-Tax notice, no URL (NTA says so); verified sender')
G('tax-accountant-mentions-etax', '国税庁', ('税理士 小川会計事務所', 'ogawa@ogawa-kaikei.example.jp'),
  '確定申告のご準備について(e-Taxを装うメールにご注意)',
  '高橋 健一 様\n\nいつもお世話になっております。小川会計事務所の小川です。\n来年の確定申告に向け、源泉徴収票と医療費の領収書をご準備ください。\n\n'
  'なお最近、国税庁やe-Taxを名乗り「未払い税金のお知らせ」「差押」などと書いて偽サイトへ誘導するメールが出回っています。\n'
  '国税庁からのメールは info@e-tax.nta.go.jp の定型文だけで、リンクはありません。怪しいメールはクリックせず私にご相談ください。\n\n'
  '小川会計事務所 税理士 小川 聡\n',
  cs='iso-2022-jp', nameraw='jis', to=R3, auth=own('isp', mailfrom='ogawa-kaikei.example.jp'),
  tricks='HARD genuine: tax accountant naming 国税庁/e-Tax and quoting the lure words; raw JIS display name')
# ------------------------------------------------------------------ マイナポータル / 市役所 / 年金 / 警察
P('mynaportal-points-lookalike', 'マイナポータル', ('マイナポータル', 'info@myna-point-kyufu.jp'),
  '【デジタル庁】マイナポイント第3弾 申込期限のお知らせ', None,
  html=page('マイナポイント第3弾', ['マイナンバーカードをお持ちの方へ', '最大20,000円分のマイナポイントの申込期限が迫っています。', '申込にはマイナンバーカードの暗証番号とクレジットカード情報の登録が必要です。'],
      '今すぐ申し込む', 'https://myna-point-kyufu.jp/apply', color='#2a5caa'),
  to=R1, auth=own('gmail'), tricks='fake マイナポイント campaign; asks card PIN and card info; look-alike')
P('mynumber-card-expiry-free', 'マイナポータル', ('デジタル庁', 'digital.go.jp.info@gmail.com'),
  'マイナンバーカードの電子証明書の有効期限について',
  'マイナンバーカードの電子証明書の有効期限が切れています。\n更新しない場合、健康保険証として利用できなくなります。\n更新手続き: https://sites.google.com/view/myna-koushin\n',
  cte='qp', to=R3, auth=own('gmail', mailfrom='gmail.com', dkimd='gmail.com'),
  tricks='gmail.com address with go.jp in local part; sites.google.com; 保険証 threat')
P('city-kyufukin-lgjp-fake', '市役所', ('世田谷区役所 給付金担当', 'kyufu@city.setagaya.lg.jp-kyufu.com'),
  '物価高騰対策給付金(1世帯3万円)のお知らせ',
  '世田谷区にお住まいの世帯主様\n\n物価高騰対策給付金(1世帯あたり3万円)の受付を開始しました。\n下記より振込先口座をご登録ください。受付は11月30日までです。\n\n'
  'https://city.setagaya.lg.jp-kyufu.com/shinsei\n\n世田谷区 給付金コールセンター\n',
  cte='base64', to=R1, auth=own('m365'), tricks='fake lg.jp hierarchy (city.setagaya.lg.jp-kyufu.com); 給付金 lure')
G('city-kyufukin-genuine', '市役所', ('横浜市 臨時給付金コールセンター', 'kyufukin@city.yokohama.lg.jp'),
  '【横浜市】電子申請受付のお知らせ(価格高騰重点支援給付金)',
  '山田 太郎 様\n\n横浜市電子申請・届出システムにて、以下の申請を受け付けました。\n\n手続名: 価格高騰重点支援給付金 確認書(口座変更)\n受付番号: 2026-118842\n\n'
  '審査結果は郵送でお知らせします。本メールに返信しないでください。\n横浜市では、給付金のために手数料やATM操作をお願いすることはありません。\n',
  cs='iso-2022-jp', to=R4, auth=own('isp', mailfrom='city.yokohama.lg.jp', dkimd='city.yokohama.lg.jp'),
  tricks='HARD genuine municipal 給付金 mail (same topic as lures); city.yokohama.lg.jp from memory (UNVERIFIED address)')
G('city-garbage-newsletter', '市役所', ('さいたま市 メールマガジン', 'mailmag@city.saitama.lg.jp'),
  '[さいたま市メルマガ] 年末年始のごみ収集と特殊詐欺にご注意',
  '■年末年始のごみ収集\n12月31日〜1月3日は収集を休みます。\n\n■特殊詐欺・フィッシングにご注意\n市職員を名乗り「還付金があります」「ATMへ行ってください」という電話が多発しています。\n'
  '市がメールやSMSで口座番号やカード番号を聞くことはありません。\n\n配信停止: https://www.city.saitama.lg.jp/mailmag/\n',
  cte='qp', to=R2, auth=own('gmail', mailfrom='city.saitama.lg.jp', dkimd='city.saitama.lg.jp'),
  hdrs=['List-Id: <mailmag.city.saitama.lg.jp>'], tricks='genuine municipal newsletter with fraud warning words (還付金, ATM, カード番号); sender UNVERIFIED')
P('nenkin-kikou-refund', '日本年金機構', ('日本年金機構', 'info@nenkin-henkan.jp'),
  '年金の過払い分の返還について(至急)',
  '日本年金機構です。\nあなたの年金保険料に過払いが確認されました。返還金 48,200円をお受け取りいただけます。\n'
  '手続き期限は本日17時です。下記のお問い合わせ番号にお電話ください。\n還付金専用ダイヤル 0120-118-560\n',
  cs='shift_jis', cte='base64', to=R4, auth=own('isp'), tricks='還付金 call-back scam (no link), Shift_JIS base64')
P('police-summons-attach', '警察', ('警視庁 サイバー犯罪対策課', 'cyber-police.jp@outlook.com'),
  '【警視庁】出頭要請のお知らせ(事件番号 R7-4812)',
  'あなたの口座が詐欺事件に利用された疑いがあります。\n添付の書類を確認し、本日中に担当者(03-6814-3320)に連絡してください。連絡がない場合、逮捕状を請求します。\n',
  attach=[('exe', '出頭要請書.pdf.exe')], to=R3, auth=own('m365', mailfrom='outlook.com', dkimd='outlook.com'),
  tricks='fake police 2025 scam; free mail; double-extension .pdf.exe; arrest threat')
# ------------------------------------------------------------------ docomo / au / SoftBank
P('docomo-unpaid-fake', 'NTTドコモ', ('NTTドコモ', 'NTT-docomo.t-sugio@pixel-photo.jp'),
  '【NTTドコモ】ご利用料金のお支払いに関するお知らせ', None,
  html=page('お支払い方法の確認に関するお知らせ', ['平素よりNTTドコモをご利用いただき、誠にありがとうございます。', '現在、ご登録のお支払い方法が無効となっており、自動引き落としが完了できない状態です。', '早急にご確認をお願いいたします。'],
      'お支払い設定を確認する', 'https://docomo-shiharai.r2.dev/', color='#cc0033',
      footer='© 2026 NTT DOCOMO, INC. All Rights Reserved.'),
  to=R1, auth=own('gmail'), tricks='brand in local part of an unrelated (invented) domain; r2.dev')
P('docomo-daccount-forged', 'NTTドコモ', ('dアカウント', 'daccount@docomo.ne.jp'),
  'dアカウントのセキュリティ確認',
  'dアカウントに不正なログインの試みがありました。\nアカウントを保護するため、以下で本人確認を行ってください。\nhttps://id.smt.docomo.ne.jp.id-verify.icu/\n',
  cte='8bit', to=R3, auth=forged('isp', mf='id-verify.icu'), tricks='forged docomo.ne.jp From, ISP format fail; official host as prefix')
P('docomo-dpoint-sms-forward', 'NTTドコモ', ('佐藤 和子', 'kazuko.sato1955@yahoo.co.jp'),
  'これ本物?',
  '美咲ちゃん、ドコモからこんなメッセージが来たんだけど、押しても大丈夫?\n\n'
  '「【ドコモ】dポイント 12,000pt 本日失効予定。今すぐ交換: https://s.id/dpt-kk」\n',
  cte='8bit', to=R1, auth=own('gmail', mailfrom='yahoo.co.jp', dkimd='yahoo.co.jp'),
  tricks='SMS text forwarded by family asking "本物?" (content is the lure); s.id shortener')
G('docomo-bill-genuine', 'NTTドコモ', ('NTTドコモ', 'DoCoMo@docomo-bill.ne.jp'),
  'データ量到達通知サービス',
  'データ利用量が上限に達した為、ステップ1から2に移行されました。\nご利用状況はMy docomoでご確認ください。\n',
  cte='base64', to=R3, auth=own('m365', mailfrom='docomo-bill.ne.jp', dkimd='docomo-bill.ne.jp'),
  tricks='HARD genuine from a non-obvious official domain docomo-bill.ne.jp (a write-up says real; not confirmed by docomo)')
G('docomo-ryokin-genuine', 'NTTドコモ', ('NTTドコモ', 'info@nttdocomo.com'),
  '【ドコモ】ご利用料金確定のお知らせ',
  '佐藤 美咲 様\n\n2026年10月ご利用分の料金が確定しました。\nご請求金額: 7,315円(税込)\n\n詳しくはMy docomoでご確認ください。\nhttps://www.docomo.ne.jp/mydocomo/\n',
  cte='qp', to=R1, auth=own('gmail', mailfrom='nttdocomo.com', dkimd='nttdocomo.com'),
  tricks='genuine bill notice; nttdocomo.com from a write-up (UNVERIFIED)')
P('au-unpaid-jis', 'au', ('au お客さまセンター', 'info@au-kddi-pay.com'),
  '【au】ご利用料金未払いのお知らせ',
  'auをご利用のお客様\n\nご利用料金のお支払いが確認できておりません。\n本日中にお支払いがない場合、回線を停止いたします。\n\nお支払いはこちら: http://au-kddi-pay.com/\n\nKDDI株式会社\n',
  cs='iso-2022-jp', crlf=True, to=R2, auth=own('isp'), tricks='look-alike, ISO-2022-JP CRLF, 回線停止 threat')
G('au-genuine-aupay', 'au', ('au PAY', 'aupay@kddi.com'),
  '【au PAY】チャージ完了のお知らせ',
  '山田 太郎 様\n\nau PAY 残高へのチャージが完了しました。\nチャージ金額: 5,000円\nチャージ方法: auじぶん銀行\n',
  cte='base64', to=R4, auth=own('m365'), tricks='genuine; kddi.com local part UNVERIFIED')
P('softbank-point-expire-html', 'ソフトバンク', ('SoftBank', 'info@softbank-mypoint.com'),
  'PayPayポイントが失効します(ソフトバンクまとめて支払い)', None,
  html=page('ポイント失効のお知らせ', ['My SoftBankにご登録のお客様', '保有ポイント 8,800pt が本日失効します。'], 'ポイントを受け取る',
      'https://www.google.com/url?q=https%3A%2F%2Fsoftbank-mypoint.com%2Fp&sa=D', color='#333'),
  to=R1, auth=own('gmail'), tricks='Google open redirect; look-alike')
G('softbank-genuine-contract', 'ソフトバンク', ('ソフトバンク', 'info@softbank.jp'),
  '【ソフトバンク】ご契約内容変更受付のお知らせ',
  '高橋 健一 様\n\nご契約内容の変更を受け付けました。\n受付内容: 料金プラン変更(メリハリ無制限+)\n適用開始: 2026年12月1日\n\nお心当たりがない場合はソフトバンクカスタマーサポートへお問い合わせください。\n',
  cs='shift_jis', cte='qp', to=R3, auth=own('isp', mailfrom='softbank.jp', dkimd='softbank.jp'),
  tricks='genuine; Shift_JIS QP; softbank.jp UNVERIFIED')
# ------------------------------------------------------------------ Apple / Microsoft / LINE / Yahoo / Netflix
P('apple-id-locked', 'Apple', ('Apple', 'noreply@apple-id-support.jp'),
  'Apple ID がロックされました', None,
  html=page('Apple ID がロックされました', ['お客様のApple IDはセキュリティ上の理由によりロックされています。', '48時間以内にロックを解除しない場合、Apple IDは完全に無効になります。'],
      'ロックを解除', 'https://apple-id-support.jp/unlock', color='#000'),
  to=R2, auth=own('gmail'), tricks='look-alike .jp; 48h deadline')
P('apple-icloud-storage-fullwidth', 'Apple', ('ＡＰＰＬＥ', 'icloud@cloud-storage-notice.net'),
  'iCloudストレージの支払いに失敗しました',
  'お支払い方法に問題があり、iCloud+ 50GB の更新ができませんでした。\n写真とデータは7日後に削除されます。\nhttps://cloud-storage-notice.net/icloud/jp\n',
  cte='qp', to=R3, auth=own('m365'), tricks='full-width latin ＡＰＰＬＥ display name; photo deletion threat')
G('apple-receipt-genuine', 'Apple', ('Apple', 'no_reply@email.apple.com'),
  'Appleからの領収書です。', None,
  html=page('領収書', ['Apple ID: misaki.sato@example.jp', 'iCloud+ 50GB(月額) ¥150', 'ご注文番号: MQ8K2LX7PT'],
      footer='このサブスクリプションを管理またはキャンセルするには https://apps.apple.com/account/subscriptions\nApple Japan合同会社', color='#000'),
  to=R1, auth=own('gmail', mailfrom='email.apple.com', dkimd='email.apple.com'), tricks='genuine receipt; email.apple.com from memory (UNVERIFIED)')
G('apple-id-signin-genuine', 'Apple', ('Apple', 'appleid@id.apple.com'),
  'お使いのApple IDが新しいデバイスでのサインインに使用されました',
  '山田 太郎 様\n\nお使いのApple ID(yamada.taro@example.jp)が、Windows上のiCloudへのサインインに使用されました。\n日時: 2026年11月3日 21:12 JST\n\n'
  'このサインインに心当たりがない場合は、https://appleid.apple.com でパスワードを変更してください。\n\nApple\n',
  cte='base64', to=R4, auth=own('m365', mailfrom='id.apple.com', dkimd='id.apple.com'),
  tricks='HARD genuine security alert with password-change link; id.apple.com from memory')
P('microsoft-365-shared-file', 'Microsoft', ('山本 浩二 via OneDrive', 'koji.yamamoto@fujimoto-sekkei.co.jp'),
  '山本 浩二 さんが「2026年度 見積書_改訂版.xlsx」を共有しました', None,
  html=page('ファイルが共有されました', ['山本 浩二 さんがあなたとファイルを共有しました。', '2026年度 見積書_改訂版.xlsx'], '開く',
      'https://fujimoto-sekkei-my.sharepoint-online-docs.com/:x:/g/personal/view', color='#0078d4'),
  to=R3, auth=own('m365'), tricks='compromised business partner (full pass); fake SharePoint host; shared-file lure')
P('microsoft-mailbox-quota-it', 'Microsoft', ('社内ITヘルプデスク', 'helpdesk@example.jp'),
  '【情報システム部】メールボックス容量超過のお知らせ',
  '社員各位\n\nお使いのメールボックスが容量の99%に達しました。新しいメールを受信できなくなります。\n以下から容量の拡張を申請してください(Microsoft 365 サインインが必要です)。\nhttps://login-microsoftonline-com.o365-quota.top/common/oauth2\n\n情報システム部\n',
  cte='base64', to=R2, auth=forged('m365', mf='mail.o365-quota.top', pol='REJECT', spf='fail'),
  tricks='internal IT lure spoofing the recipient own domain, M365 fail; look-alike login host')
G('microsoft-security-code-genuine', 'Microsoft', ('Microsoft アカウント チーム', 'account-security-noreply@accountprotection.microsoft.com'),
  'Microsoft アカウントのセキュリティ コード',
  'Microsoft アカウント k-suzuki@example.jp のセキュリティ コードは次のとおりです。\n\nセキュリティ コード: 730412\n\n'
  'このコードを要求していない場合は、無視して問題ありません。\n\nよろしくお願いいたします。\nMicrosoft アカウント チーム\n',
  cte='qp', to=R2, auth=own('m365', mailfrom='accountprotection.microsoft.com', dkimd='accountprotection.microsoft.com'),
  tricks='genuine OTP; accountprotection.microsoft.com from memory')
G('it-dept-mfa-genuine', 'Microsoft', ('情報システム部 佐々木', 'sasaki.it@example.jp'),
  '【全社】Microsoft 365 多要素認証(MFA)必須化のお知らせ',
  '社員各位\n\n情報システム部の佐々木です。\n12月1日より、Microsoft 365 へのサインインに多要素認証(Microsoft Authenticator)が必須になります。\n'
  '11月28日までに https://aka.ms/mfasetup から設定してください。期限までに設定がない場合、サインインできなくなります。\n\n'
  '※情報システム部がメールでパスワードを尋ねることはありません。不審なメールは it-help@example.jp へ転送してください。\n',
  cte='base64', to=R2, auth=own('m365', mailfrom='example.jp', dkimd='example.jp'),
  tricks='HARD genuine internal IT: deadline, sign-in lockout warning, aka.ms shortener link')
P('line-account-stop', 'LINE', ('LINE', 'line-notice@line-account-center.com'),
  '【LINE】アカウント利用停止のお知らせ',
  'お客様のLINEアカウントは、利用規約違反の疑いにより一時停止されています。\n本人確認を行わない場合、トーク履歴を含むすべてのデータが削除されます。\nhttps://line-account-center.com/verify\n',
  cte='base64', to=R1, auth=own('gmail'), tricks='look-alike; data deletion threat')
G('line-genuine-login', 'LINE', ('LINE', 'no-reply@line.me'),
  '[LINE] ログイン通知',
  'お使いのLINEアカウントに新しい端末からログインがありました。\n日時: 2026/11/01 22:41\n端末: PC(Windows)\n\n'
  'ログインに心当たりがない場合は、LINEアプリの[設定]>[アカウント]でパスワードを変更してください。\n',
  cte='base64', to=R1, auth=own('gmail', mailfrom='line.me', dkimd='line.me'), tricks='genuine login notice; line.me from memory')
P('yahoo-japan-id-forged', 'Yahoo! JAPAN', ('Yahoo! JAPAN', 'id-info@mail.yahoo.co.jp'),
  '【Yahoo! JAPAN】ログイン情報の確認が必要です', None,
  html=page('ログイン情報の確認', ['Yahoo! JAPAN IDに異常なログインを検知しました。', 'ログイン情報を確認しないと、IDは利用停止になります。'],
      '確認する', 'https://login.yahoo.co.jp.secure-id.buzz/', color='#ff0033'),
  to=R4, auth=forged('gmail', mf='bulk.secure-id.buzz', pol='REJECT'), tricks='forged Yahoo From, Gmail DMARC fail; .buzz')
G('yahoo-japan-genuine-login', 'Yahoo! JAPAN', ('Yahoo! JAPAN', 'id-info@mail.yahoo.co.jp'),
  '【Yahoo! JAPAN】ログインのお知らせ',
  'Yahoo! JAPAN IDにログインがありました。\n日時: 2026年11月2日 8:13\n\nお心当たりのない場合は、パスワードの変更と登録情報の確認をお願いします。\nhttps://account.edit.yahoo.co.jp/\n',
  cte='qp', to=R4, auth=own('isp', mailfrom='mail.yahoo.co.jp', dkimd='yahoo.co.jp'), tricks='genuine; address from memory (UNVERIFIED)')
P('netflix-payment-hold', 'Netflix', ('Netflix', 'info@netflix-jp-billing.com'),
  'お支払い情報の更新をお願いします', None,
  html=page('メンバーシップは保留中です', ['お支払い情報に問題があったため、アカウントを保留にしました。', '72時間以内に情報を更新してください。'],
      'アカウントを更新', 'https://netflix-jp-billing.com/update', color='#e50914'),
  to=R2, auth=own('m365'), tricks='look-alike')
G('netflix-genuine-newdevice', 'Netflix', ('Netflix', 'info@account.netflix.com'),
  '新しいデバイスからのサインインがありました',
  'こんにちは、健一さん\n\n新しいデバイスでお使いのNetflixアカウントへのサインインがありました。\nデバイス: Android 端末\n場所: 日本 神奈川県\n\n'
  'お心当たりがない場合は、パスワードを変更してください: https://www.netflix.com/password\n',
  cte='base64', to=R3, auth=own('gmail', mailfrom='account.netflix.com', dkimd='netflix.com'), tricks='genuine sign-in alert; account.netflix.com from memory')
# ------------------------------------------------------------------ メルカリ
P('mercari-card-expired', 'メルカリ', ('メルカリ事務局', 'support@mercari-jp.co'),
  '【要対応】お支払い方法の更新について(カード有効期限切れ)',
  'メルカリをご利用いただきありがとうございます。\n\nご登録のクレジットカードの有効期限が切れています。\nお支払い方法を更新しない場合、取引が停止されます。\n\n'
  'お支払い方法を更新する: https://mercari-jp.co/payment\n',
  cte='base64', to=R1, auth=own('gmail'), tricks='TLD trick .co')
P('mercari-point-regrant', 'メルカリ', ('メルペイサポートセンター', 'merpay@so-net-mail.net'),
  'ポイント再付与手続きのご案内',
  'メルペイをご利用のお客様\n\nシステム不具合により付与されなかったポイント(3,000pt)を再付与いたします。\n以下より本人確認のうえお受け取りください。\nhttps://merpay-point.firebaseapp.com/\n',
  cte='8bit', to=R4, auth=own('isp'), tricks='ポイント再付与 lure; firebaseapp.com')
G('mercari-sold-genuine', 'メルカリ', ('メルカリ', 'no-reply@mercari.jp'),
  '商品が購入されました',
  '佐藤 美咲 様\n\nあなたが出品した「北欧風 木製トレイ」が購入されました。\n購入者からの支払いは完了しています。発送をお願いします。\n\n'
  '取引画面: https://jp.mercari.com/transaction/m84120331452\n',
  cte='base64', to=R1, auth=own('gmail', mailfrom='mercari.jp', dkimd='mercari.jp'), tricks='genuine; mercari.jp from write-up (UNVERIFIED)')
G('mercari-code-genuine', 'メルカリ', ('メルカリ', 'no-reply@mercari.jp'),
  '【メルカリ】認証番号のお知らせ',
  '認証番号: 5182\n\nこの番号をメルカリの画面に入力してください。\n認証番号は他人に絶対に教えないでください。メルカリのスタッフが認証番号を聞くことはありません。\n',
  cte='8bit', to=R2, auth=own('m365', mailfrom='mercari.jp', dkimd='mercari.jp'), tricks='genuine OTP')
# ------------------------------------------------------------------ 電力 / ガス
P('tepco-refund-lookalike', '東京電力', ('東京電力エナジーパートナー', 'info@tepco-kanpu.com'),
  '【東京電力】電気料金の過払い返金のお知らせ',
  'くらしTEPCO web会員様\n\n電気料金の計算誤りにより、過払い分 6,420円 を返金いたします。\n返金先口座を登録してください: https://tepco-kanpu.com/refund\n',
  cte='qp', to=R3, auth=own('gmail'), tricks='refund lure, look-alike')
P('tepco-stop-notice-sjis', '東京電力', ('TEPCO', 'denki@tepco-ep.jp.tcp-pay.com'),
  '【重要】電気の供給停止予告',
  'お客様の電気料金のお支払いが確認できません。\n本日中にお支払いがない場合、明日午前より電気の供給を停止します。\nお支払い: https://tepco-ep.jp.tcp-pay.com/\n',
  cs='shift_jis', cte='8bit', to=R2, auth=own('isp'), tricks='supply-stop threat; brand prefix domain; Shift_JIS 8bit')
G('tepco-genuine-bill', '東京電力', ('くらしTEPCO', 'info@kurashi.tepco.co.jp'),
  '【くらしTEPCO】10月分の電気料金が確定しました',
  '佐藤 美咲 様\n\n10月分(9月20日〜10月19日)の電気料金が確定しました。\nご請求金額: 8,912円\nご使用量: 286kWh\n\n'
  '詳しくは https://www.kurashi.tepco.co.jp/ をご覧ください。\n',
  cte='base64', to=R1, auth=own('gmail'), tricks='genuine bill; kurashi.tepco.co.jp sender UNVERIFIED')
G('tokyogas-genuine-mainte', '東京ガス', ('東京ガス', 'info@tokyo-gas.co.jp'),
  'ガス機器点検のご案内(法定点検)',
  '山田 太郎 様\n\n法令に基づくガス設備の定期保安点検のご案内です。\n点検予定日: 12月8日(月) 午前\n点検員は東京ガスの身分証を携帯しています。点検で料金をいただくことはありません。\n'
  '日時の変更: myTOKYOGAS https://members.tokyo-gas.co.jp/\n',
  cs='euc-jp', to=R4, auth=own('isp'), tricks='genuine; EUC-JP; sender UNVERIFIED')
# ------------------------------------------------------------------ JAL / ANA / 仮想通貨 / Dropbox
P('jal-mileage-expire', 'JAL', ('JALマイレージバンク', 'jmb@jal-mileage-info.com'),
  '【JAL】マイル有効期限のお知らせ',
  'JALマイレージバンク会員様\n\n12,480マイルが今月末で失効します。\ne JALポイントへの交換は下記より: https://jal-mileage-info.com/\n',
  cte='base64', to=R3, auth=own('gmail'), tricks='look-alike')
P('ana-forged-amc', 'ANA', ('ANAマイレージクラブ', 'amc@ana.co.jp'),
  'ANA SKY コイン付与のお知らせ', None,
  html=page('ANA SKY コイン', ['アンケートにご回答いただいた方に10,000コインを付与します。', 'ログインのうえお受け取りください。'], '受け取る',
      'https://bit.ly/ana-coin-jp', color='#13448f'),
  to=R1, auth=forged('m365', mf='smtp.bulk-ana.top'), tricks='forged ana.co.jp, M365 fail; bit.ly')
G('ana-genuine-booking', 'ANA', ('ANA', 'info@121.ana.co.jp'),
  '【ANA】ご予約確認',
  '高橋 健一 様\n\nご予約ありがとうございます。\n12月29日 ANA 241便 羽田 08:00 → 福岡 10:05\n予約番号: 7821\n\n'
  'ご予約の確認・変更: https://www.ana.co.jp/ja/jp/book-plan/\n',
  cs='iso-2022-jp', to=R3, auth=own('m365'), tricks='genuine; 121.ana.co.jp sender UNVERIFIED')
P('bitflyer-withdraw', 'bitFlyer', ('bitFlyer', 'support@bitflyer-jp.net'),
  '出金申請を受け付けました',
  '出金申請を受け付けました。\n出金額: 0.45 BTC\n\nこの申請に心当たりがない場合は、30分以内に以下から取り消してください。\nhttps://bitflyer-jp.net/cancel\n',
  cte='qp', to=R2, auth=own('gmail'), tricks='fake withdrawal receipt with 30-minute cancel lure')
P('dropbox-share-invoice', 'Dropbox', ('経理部 田村', 'tamura@marui-denki-kogyo.co.jp'),
  'Re: 請求書送付の件',
  'お世話になっております。\n先日の請求書ですが、Dropboxでお送りします。ご確認ください。\n\nhttps://www.dropbox.com/scl/fi/x81kq/seikyu.html?dl=0\n\n'
  '(ダウンロード後、Microsoftアカウントでログインしてご覧ください)\n\n丸井電機工業 経理部 田村\n',
  cs='iso-2022-jp', to=R3, auth=own('m365'), tricks='compromised partner thread hijack (Re:), real Dropbox link hosting an HTML credential page; asks Microsoft login')
G('dropbox-genuine-share', 'Dropbox', ('Dropbox', 'no-reply@dropbox.com'),
  '鈴木 陽介さんが「町内会_会計報告2026.pdf」を共有しました',
  '鈴木 陽介さんがDropboxのファイルを共有しました。\n\n町内会_会計報告2026.pdf\n\nhttps://www.dropbox.com/scl/fi/h2k9d/kaikei2026.pdf?rlkey=8sd2&dl=0\n',
  cte='base64', to=R2, auth=own('gmail', mailfrom='dropbox.com', dkimd='dropbox.com'), tricks='genuine share notice (same shape as the lure)')
