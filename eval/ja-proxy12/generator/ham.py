# Genuine specs for ja-proxy12.
from make import M
from lib import *

DOC = 'hanako.s-0423@docomo.ne.jp'; EZ = 'taro.y1968@ezweb.ne.jp'; AU = 'kenji-m77@au.com'; SB = 'yui.k.0815@softbank.ne.jp'
ISB = 'mika_h.2001@i.softbank.jp'; IC = 'ryo.tnk@icloud.com'; YH = 'sachiko_n55@yahoo.co.jp'; GM = 'daisuke.ogw@gmail.com'
NF = 'kaz-w@nifty.com'; BG = 'emi.f-2010@biglobe.ne.jp'; OCN = 'hiroshi.a3@ocn.ne.jp'
G = 'ham'


def esp(mf, d=None, host=None):
    return dict(mf=mf, dkim_d=d or mf, host=host or 'o%s.%s' % (h(mf, 2), mf))


M(G, 'amazon-order-confirmation-to-docomo', 'Amazon.co.jp', ('Amazon.co.jp', 'auto-confirm@amazon.co.jp'), DOC,
  'Amazon.co.jpでのご注文 250-7712093-4410231',
  'Amazon.co.jpをご利用いただき、ありがとうございます。\n\nご注文の確認\n注文番号：250-7712093-4410231\n\n'
  '商品：キッチンペーパー 4ロール×12パック\n数量：1\n注文合計：1,848円\nお届け予定：2月14日(金)\n\n'
  '[[注文の詳細を表示|https://www.amazon.co.jp/gp/css/your-orders-access]]\n\nAmazon.co.jp',
  auth=dict(host='a27-18.smtp-out.amazonses.com', mf='amazon.co.jp'), tricks='genuine order confirmation (resembles fake-order phish)')

M(G, 'amazon-signin-otp-code-gmail', 'Amazon.co.jp', ('Amazon.co.jp', 'account-update@amazon.co.jp'), GM,
  'Amazon.co.jp: サインインを完了するためのワンタイムパスワード',
  'ワンタイムパスワード（OTP）：\n\n402918\n\nこのコードを他の人と共有しないでください。Amazonがお客様にパスワードやOTPを尋ねることはありません。\n\n'
  'このリクエストに心当たりがない場合は、アカウントのパスワードを変更してください。\n\nAmazon.co.jp',
  auth=dict(host='a8-31.smtp-out.amazonses.com'), tricks='OTP code mail; no link')

M(G, 'amazon-prime-payment-problem-genuine-icloud', 'Amazon.co.jp', ('Amazon.co.jp', 'account-update@amazon.co.jp'), IC,
  'お支払い方法の更新が必要です：Amazonプライム会費',
  'Amazonプライム会員の皆様\n\nAmazonプライム会費のお支払いに使用されたクレジットカードが承認されませんでした。\n'
  'お支払い方法を更新するには、Amazon.co.jpのアカウントサービスにアクセスしてください。\n\n[[お支払い方法を管理|https://www.amazon.co.jp/mc/pipelines]]\n\n'
  'お支払い方法が更新されない場合、特典のご利用ができなくなります。\n\nAmazon.co.jp',
  mime='html', cte='quoted-printable', auth=dict(host='a48-102.smtp-out.amazonses.com'),
  tricks='genuine payment-failure notice with same wording as phishing lures; links to www.amazon.co.jp')

M(G, 'rakuten-card-usage-notice-yahoo', '楽天カード', ('楽天カード株式会社', 'info@mail.rakuten-card.co.jp'), YH,
  '【楽天カード】カード利用のお知らせ(本人ご利用分)',
  '楽天カードをご利用いただきありがとうございます。\n\nご利用者：本人\nご利用日：2025/04/22\nご利用先：ＡＭＡＺＯＮ．ＣＯ．ＪＰ\nご利用金額：3,280円\n\n'
  'ご利用内容の詳細は楽天e-NAVIでご確認いただけます。\n[[楽天e-NAVI|https://www.rakuten-card.co.jp/e-navi/]]\n\n楽天カード株式会社',
  cs='jis', cte='7bit', mime='plain', auth=dict(host='smtp-out.mail.rakuten-card.co.jp'), tricks='genuine card usage notification; full-width merchant name')

M(G, 'rakuten-ichiba-order-confirm-biglobe', '楽天市場', ('楽天市場', 'order@rakuten.co.jp'), BG,
  '【楽天市場】注文内容ご確認（自動配信メール）',
  'この度は楽天市場でのお買い物、誠にありがとうございます。\n\n[受注番号] 291833-20250511-0031244\n[店舗名] 北海道グルメ直送便\n[商品] 訳あり ほたて 1kg\n[合計] 4,980円\n\n'
  '購入履歴：[[https://order.my.rakuten.co.jp/|https://order.my.rakuten.co.jp/]]\n\n楽天グループ株式会社',
  cs='euc', cte='8bit', mime='plain', tricks='genuine EC order confirmation in EUC-JP')

M(G, 'vpass-statement-notice-iso2022jp-ezweb', '三井住友カード', ('三井住友カード', 'statement@vpass.ne.jp'), EZ,
  '【三井住友カード】ご利用明細確定のお知らせ',
  '三井住友カードをご利用いただきありがとうございます。\n\n2025年5月分のご利用明細が確定しました。\nお支払日：6月10日\n\nVpassアプリまたはVpassでご確認ください。\n'
  'https://www.smbc-card.com/mem/index.jsp\n\n※本メールは送信専用アドレスから配信しています。\n三井住友カード株式会社',
  cs='jis', cte='7bit', mime='plain', tricks='genuine statement notice to ezweb.ne.jp')

M(G, 'smbc-card-otp-vpass-short', '三井住友カード', ('三井住友カード', 'otp@vpass.ne.jp'), ISB,
  '【三井住友カード】ワンタイムパスワードのお知らせ',
  'ワンタイムパスワード：581204\n有効期限：10分\n\nこのパスワードは本人認証（3Dセキュア）のためのものです。\n第三者には絶対に教えないでください。\n\n三井住友カード',
  cs='sjis', cte='8bit', mime='plain', tricks='UNSURE: local part otp@; genuine OTP; Shift_JIS 8bit; no link')

M(G, 'jcb-usage-notice-qa-jcb', 'JCB', ('JCB', 'mail@qa.jcb.co.jp'), NF,
  '【JCB】カードご利用のお知らせ',
  'JCBカードをご利用いただき、ありがとうございます。\n\nカード名称：ＪＣＢ　ＣＡＲＤ　Ｗ\nご利用日時：2025/06/02 19:44\nご利用先：ＳＥＶＥＮ－ＥＬＥＶＥＮ\nご利用金額：1,212円\n\n'
  'MyJCBアプリでご利用明細をご確認いただけます。\n\n株式会社ジェーシービー',
  cs='jis', cte='7bit', mime='plain', tricks='genuine usage notice; no link')

M(G, 'jcb-notice-autoforwarded-nifty-to-gmail-arc', 'JCB', ('JCB', 'mail@qa.jcb.co.jp'), 'kaz-w@nifty.com',
  '【JCB】ご登録のメールアドレス変更のお知らせ',
  'MyJCBにご登録のメールアドレスが変更されました。\n\nお心当たりがない場合は、至急JCBまでご連絡ください。\nJCBカード会員デスク（カード裏面の電話番号）\n\n株式会社ジェーシービー',
  cs='jis', cte='7bit', mime='plain',
  autofwd=dict(to='kazuya.wata@gmail.com', host='mta-snd05.nifty.com', spf='softfail', dkim='fail', dmarc='fail', arc='pass', arcd='nifty.com',
               desc='auto-forwarded nifty -> Gmail: SPF softfail, DKIM body changed, DMARC fail, ARC pass from nifty.com'),
  tricks='genuine security-change notice that breaks DMARC after forwarding')

M(G, 'kuroneko-delivery-schedule-docomo', 'ヤマト運輸', ('ヤマト運輸', 'mail@kuronekoyamato.co.jp'), 'm.kato-77@docomo.ne.jp',
  '【ヤマト運輸】お届け予定日時のお知らせ',
  'クロネコメンバーズ会員様\n\nお荷物のお届け予定をお知らせします。\n\n送り状番号：4120-8830-1176\nお届け予定日時：02月18日 14時～16時\nご依頼主：ヨドバシカメラ\n\n'
  '受け取り日時の変更はこちら\n[[https://member.kms.kuronekoyamato.co.jp/|https://member.kms.kuronekoyamato.co.jp/]]\n\nヤマト運輸株式会社',
  cs='sjis', cte='base64', mime='alt', tricks='genuine delivery notice (looks like delivery phish)')

M(G, 'kuroneko-notice-autoforward-docomo-to-gmail-no-arc', 'ヤマト運輸', ('ヤマト運輸', 'mail@kuronekoyamato.co.jp'), 'yumi.o.88@docomo.ne.jp',
  '【ヤマト運輸】お荷物お届けのお知らせ',
  'お荷物をお届けしました。\n\n送り状番号：3880-1192-0057\nお届け日時：03月02日 11:20\n受取方法：置き配（玄関前）\n\nヤマト運輸株式会社',
  cs='sjis', cte='base64', mime='plain',
  autofwd=dict(to='yumi.ono.1988@gmail.com', host='mfsmax.docomo.ne.jp', spf='softfail', dkim='fail', dmarc='fail',
               desc='auto-forwarded docomo -> Gmail without ARC: SPF softfail, DKIM fail, DMARC fail'),
  tricks='genuine notice that fails DMARC after carrier forward')

M(G, 'apple-receipt-icloud-genuine', 'Apple', ('Apple', 'no_reply@email.apple.com'), IC,
  'Appleからの領収書です。',
  '領収書\n\nApple Account：ryo.tnk@icloud.com\nご請求日：2025年7月3日\n注文番号：MLX8T2QK9P\n\niCloud+ 50GB（月額）　¥150\n\n'
  '[[サブスクリプションを管理|https://apps.apple.com/account/subscriptions]]\n\nApple Japan合同会社',
  mime='html', cte='quoted-printable', auth=dict(host='rn2-txn-msbadger06103.apple.com', mf='email.apple.com'), tricks='genuine receipt (resembles fake-receipt scams)')

M(G, 'apple-account-new-device-signin-gmail', 'Apple', ('Apple', 'appleid@id.apple.com'), GM,
  'Apple Accountが新しいデバイスでのサインインに使用されました',
  'お使いのApple Account（daisuke.ogw@gmail.com）が、新しいデバイスでのサインインに使用されました。\n\n日付と時刻：2025年8月9日 21:04 JST\n\n'
  'ご自分でサインインした場合は、このメールを無視してください。\n心当たりがない場合は、[[Apple Account|https://account.apple.com]] でパスワードを変更してください。\n\nApple',
  auth=dict(host='rn2-txn-msbadger07101.apple.com'), tricks='genuine security alert')

M(G, 'google-security-alert-gmail', 'Google', ('Google', 'no-reply@accounts.google.com'), GM,
  'セキュリティ通知',
  '新しいデバイスでログインがありました\n\ndaisuke.ogw@gmail.com\n\nWindows デバイスで Google アカウントへの新しいログインがありました。ご自身のログインである場合は、何もする必要はありません。\n'
  'そうでない場合は、アカウントの保護をお手伝いします。\n\n[[アクティビティを確認|https://accounts.google.com/AccountChooser?Email=daisuke.ogw@gmail.com&continue=https://myaccount.google.com/alert/nt/]]',
  cte='quoted-printable', auth=dict(host='mail-sor-f69.google.com', mf='accounts.google.com', dkim_d='accounts.google.com'), tricks='genuine security alert')

M(G, 'microsoft-security-code-outlook-jp', 'Microsoft', ('Microsoft アカウント チーム', 'account-security-noreply@accountprotection.microsoft.com'), 'tomoko.h@outlook.jp',
  'Microsoft アカウントのセキュリティ コード',
  'Microsoft アカウント t*****@outlook.jp のセキュリティ コードをご確認ください。\n\nセキュリティ コード: 7302\n\n'
  'この要求に心当たりがない場合は、このメールを無視してください。\n\nよろしくお願いいたします。\nMicrosoft アカウント チーム',
  mime='html', cte='base64', auth=dict(host='mail-tyzapc01on2056.outbound.protection.outlook.com'), tricks='genuine OTP to outlook.jp (Microsoft-style Authentication-Results)')

M(G, 'mercari-item-sold-au', 'メルカリ', ('メルカリ', 'no-reply@mercari.jp'), AU,
  '【メルカリ】商品が購入されました',
  'ようこそ、けんじさん\n\nあなたの出品した商品が購入されました。\n商品名：ポケモンカード まとめ売り\n\n購入者の支払いが完了しています。商品の発送をお願いします。\n\n'
  '[[取引画面を開く|https://jp.mercari.com/transaction/m82910033341]]\n\nメルカリ事務局',
  auth=dict(host='o1.ptr9012.mercari.jp'), tricks='genuine marketplace notice')

M(G, 'netflix-payment-declined-genuine-gmail', 'Netflix', ('Netflix', 'info@account.netflix.com'), GM,
  'お支払いについて問題が発生しました',
  'お支払いについて問題が発生しました\n\n次回のお支払いを処理できませんでした。お支払い情報を更新してください。\n\n'
  '[[支払い情報を更新|https://www.netflix.com/YourAccountPayment]]\n\nご不明な点は、ヘルプセンターまでお問い合わせください。\n-Netflix',
  cte='quoted-printable', auth=dict(host='omta.netflix.com', mf='account.netflix.com', dkim_d='netflix.com'),
  tricks='genuine payment-failure notice (nearly identical wording to Netflix phishing)')

M(G, 'nintendo-signin-notice-icloud', 'Nintendo', ('Nintendo', 'no-reply@accounts.nintendo.com'), 'sho.h.2008@icloud.com',
  '[ニンテンドーアカウント] サインインのお知らせ',
  'ニンテンドーアカウントにサインインがありました。\n\nサインイン日時：2025/09/14 18:22 (JST)\n\n'
  'このサインインに心当たりがない場合は、パスワードを変更してください。\nhttps://accounts.nintendo.com/\n\n任天堂株式会社',
  mime='plain', cte='base64', tricks='genuine sign-in notice')

M(G, 'steam-guard-code-ocn', 'Steam', ('Steam', 'noreply@steampowered.com'), OCN,
  'Steamアカウント：新しいブラウザまたはモバイルデバイスからのアクセス',
  'こんにちは、hiroshi_a3さん\n\nアカウントへのログインに必要な Steam Guard コード：\n\nR7K2P\n\n'
  'このメールに心当たりがない場合は、パスワードを変更してください。\n\nSteamチーム',
  cte='base64', tricks='genuine game OTP')

M(G, 'playstation-purchase-receipt-softbank', 'PlayStation', ('PlayStation', 'Sony@txn-email.playstation.com'), SB,
  'PlayStation™Storeのご購入ありがとうございます',
  'PlayStation™Storeでのご購入ありがとうございます。\n\n取引番号：8743320019\nコンテンツ：追加コンテンツパック\n合計：¥1,100（税込）\n\nソニー・インタラクティブエンタテインメント',
  mime='html', cte='quoted-printable', auth=dict(host='mta-b.txn-email.playstation.com'), tricks='genuine receipt; ™ symbol (UTF-8)')

M(G, 'docomo-carrier-bill-notice-to-docomo-subscriber', 'NTTドコモ', ('ドコモ', 'info@mail.docomo.ne.jp'), DOC,
  '【ドコモ】ご利用料金確定のお知らせ',
  'いつもドコモをご利用いただきありがとうございます。\n\n2025年10月分のご利用料金が確定しました。\nご請求金額：4,389円（税込）\n\n'
  '詳細はMy docomoでご確認ください。\nhttps://www.docomo.ne.jp/mydocomo/\n\n株式会社NTTドコモ',
  cs='sjis', cte='base64', mime='plain', tricks='UNSURE: mail.docomo.ne.jp sender; carrier notice to its own subscriber (looks like carrier-bill phish)')

M(G, 'au-notice-to-au-com-subscriber', 'au (KDDI)', ('au', 'au_info@au.com'), AU,
  '【au】ご利用料金のお知らせ',
  'いつもauをご利用いただき、ありがとうございます。\n\n今月のご請求額が確定しました。\nご請求金額：6,812円\nお支払い予定日：11月26日\n\n'
  'My auで詳細をご確認いただけます。\n[[My au|https://www.au.com/my-au/]]\n\nKDDI株式会社',
  cs='jis', cte='7bit', mime='alt', tricks='UNSURE: au_info@au.com local part; carrier notice to au.com subscriber')

M(G, 'softbank-notice-to-softbank-subscriber', 'ソフトバンク', ('SoftBank', 'info@softbank.jp'), 'yui.k.0815@softbank.ne.jp',
  '【ソフトバンク】料金確定のお知らせ',
  'ソフトバンクをご利用いただきありがとうございます。\n\n10月分のご利用料金が確定しました。\nMy SoftBankでご確認ください。\nhttps://my.softbank.jp/\n\nソフトバンク株式会社',
  cs='sjis', cte='8bit', mime='plain', tricks='UNSURE: softbank.jp sender; carrier notice to own subscriber; Shift_JIS 8bit')

M(G, 'yahoo-japan-login-notice-yahoo', 'Yahoo! JAPAN', ('Yahoo! JAPAN', 'yahoo-account@mail.yahoo.co.jp'), YH,
  '[Yahoo! JAPAN] ログインがありました',
  'Yahoo! JAPAN IDにログインがありました。\n\n日時：2025年11月3日 7:12\nOS：iOS\nブラウザ：Safari\n\n'
  'お心当たりがない場合は、パスワードを変更してください。\nhttps://login.yahoo.co.jp/config/login\n\nLINEヤフー株式会社',
  cs='jis', cte='7bit', mime='plain', tricks='UNSURE: local part; genuine login notice delivered to yahoo.co.jp')

M(G, 'etax-messagebox-notice-nta', '国税庁', ('国税庁 e-Tax', 'info@e-tax.nta.go.jp'), 'k.wata-2@nifty.com',
  '【e-Tax】メッセージボックスに新着のお知らせがあります',
  'e-Taxをご利用いただきありがとうございます。\n\n利用者識別番号 ****-****-****-1234 のメッセージボックスにお知らせが格納されました。\n'
  'e-Taxソフト(WEB版)等にログインしてご確認ください。\n\n※このメールは送信専用です。\n国税庁',
  cs='jis', cte='7bit', mime='plain', tricks='UNSURE: e-tax.nta.go.jp sender local part; genuine government notice without link')

M(G, 'mynaportal-notice-myna-go-jp', 'マイナポータル', ('マイナポータル', 'noreply@myna.go.jp'), 'emi.f-2010@biglobe.ne.jp',
  '【マイナポータル】お知らせが届いています',
  'マイナポータルにお知らせが届いています。\nマイナポータルにログインしてご確認ください。\n\nhttps://myna.go.jp/\n\n※このメールにはご返信いただけません。\nデジタル庁',
  cs='utf-8', cte='base64', mime='plain', tricks='UNSURE: noreply@myna.go.jp; genuine government notice')

M(G, 'yokohama-city-child-allowance-lg-jp', '横浜市', ('横浜市こども青少年局', 'kd-teate@city.yokohama.lg.jp'), 'hanako.sato.0423@gmail.com',
  '【横浜市】児童手当の現況に関するお知らせ',
  '横浜市から児童手当を受給されている皆様へ\n\n児童手当の支給日は10月10日です。\n振込先口座の変更をご希望の方は、区役所こども家庭支援課へお申し出ください。\n\n'
  '※横浜市がメールで口座番号や暗証番号をお尋ねすることはありません。\n\n横浜市こども青少年局\nhttps://www.city.yokohama.lg.jp/',
  cs='jis', cte='7bit', mime='plain', tricks='municipal lg.jp genuine notice mentioning bank account (benefit topic)')

M(G, 'setagaya-ward-phishing-warning-lg-jp', '世田谷区', ('世田谷区', 'info-mail@city.setagaya.lg.jp'), 'emi.f-2010@biglobe.ne.jp',
  '【世田谷区】区を装った不審なメールにご注意ください',
  '区民の皆様へ\n\n世田谷区を装い「給付金の受取手続き」を案内する不審なメールやSMSが確認されています。\n'
  '区から給付金の手続きのためにメールでURLを送り、口座情報を入力させることはありません。\n\n不審なメールを受け取った場合は、リンクを開かずに削除してください。\n\n世田谷区 区民生活部',
  cs='sjis', cte='quoted-printable', mime='plain', tricks='genuine municipal phishing warning that uses phishing vocabulary')

M(G, 'smbc-phishing-alert-from-bank', '三井住友銀行', ('三井住友銀行', 'info@smbc.co.jp'), 'hiroshi.a3@ocn.ne.jp',
  '【三井住友銀行】当行を装った不審なメールにご注意ください',
  'いつも三井住友銀行をご利用いただき、ありがとうございます。\n\n当行を装い、ワンタイムパスワードや暗証番号を入力させようとするメールやSMSが確認されています。\n'
  '当行からメールやSMSで暗証番号・ワンタイムパスワードをお尋ねすることは一切ございません。\n\n詳しくは当行ホームページをご覧ください。\nhttps://www.smbc.co.jp/\n\n株式会社三井住友銀行',
  cs='jis', cte='7bit', mime='alt', tricks='UNSURE: info@smbc.co.jp local part; genuine bank anti-phishing notice')

M(G, 'mufg-transfer-accepted-notice', '三菱UFJ銀行', ('三菱ＵＦＪ銀行', 'info@bk.mufg.jp'), NF,
  '【三菱ＵＦＪ銀行】振込受付のお知らせ',
  '三菱ＵＦＪダイレクトでのお振込を受け付けました。\n\n受付日時：2025年12月1日 09:41\n振込先：ﾀﾅｶ ﾀﾛｳ 様\n振込金額：30,000円\n\n'
  'お心当たりのない場合は、至急当行までご連絡ください。\n株式会社三菱ＵＦＪ銀行',
  cs='sjis', cte='base64', mime='plain', tricks='UNSURE: info@bk.mufg.jp local part; half-width katakana payee name; genuine transaction notice')

M(G, 'mizuho-direct-login-notice', 'みずほ銀行', ('みずほ銀行', 'mizuhobank@mail.mizuhobank.co.jp'), BG,
  '【みずほ銀行】みずほダイレクト ログインのお知らせ',
  'みずほダイレクトへのログインがありました。\n\nログイン日時：2026年1月8日 22:05\n\nお心当たりのない場合は、みずほダイレクトヘルプデスクへご連絡ください。\n\n株式会社みずほ銀行',
  cs='jis', cte='7bit', mime='plain', tricks='UNSURE: mail.mizuhobank.co.jp sender; genuine login notice')

M(G, 'yucho-direct-login-notice', 'ゆうちょ銀行', ('ゆうちょ銀行', 'yucho-direct@jp-bank.japanpost.jp'), DOC,
  '【ゆうちょ銀行】ゆうちょダイレクト ログインのお知らせ',
  'ゆうちょダイレクトにログインがありました。\n\n日時：2026年1月20日 12:33\n\nお心当たりがない場合は、ゆうちょダイレクトサポートデスクまでご連絡ください。\n\n株式会社ゆうちょ銀行',
  cs='sjis', cte='base64', mime='plain', tricks='UNSURE: local part; genuine bank login notice to docomo')

M(G, 'sbi-securities-login-notice', 'SBI証券', ('SBI証券', 'info@sbisec.co.jp'), 'm.ito.private@gmail.com',
  '【SBI証券】ログインのお知らせ',
  'SBI証券をご利用いただき、誠にありがとうございます。\n\nお客様のアカウントにログインがありました。\n日時：2025/12/15 08:11\n\n'
  'お心当たりがない場合は、至急パスワードを変更し、カスタマーサービスセンターへご連絡ください。\n\n株式会社SBI証券',
  cs='utf-8', cte='base64', mime='plain', tricks='UNSURE: info@sbisec.co.jp local part; genuine securities login notice')

M(G, 'rakuten-securities-mfa-mandatory-notice', '楽天証券', ('楽天証券', 'info@rakuten-sec.co.jp'), YH,
  '【楽天証券】ログイン追加認証の必須化について',
  '楽天証券をご利用いただきありがとうございます。\n\n不正ログイン対策の強化として、ログイン追加認証を必須化いたします。\n'
  '設定はログイン後の画面から行えます。メール内のリンクからログインさせることはございません。\n\n楽天証券株式会社',
  cs='jis', cte='base64', mime='alt', tricks='UNSURE: local part; genuine MFA notice with same topic as securities phishing')

M(G, 'paypay-card-payment-failed-notice', 'PayPayカード', ('PayPayカード', 'info@paypay-card.co.jp'), SB,
  '【PayPayカード】口座振替ができませんでした',
  'PayPayカードをご利用いただきありがとうございます。\n\n今月のお支払い分について、ご指定口座からの振替ができませんでした。\n'
  'お支払い方法についてはPayPayカード会員メニューでご確認ください。\n\nPayPayカード株式会社',
  cs='utf-8', cte='quoted-printable', mime='alt', tricks='UNSURE: local part; genuine payment failure notice, no link')

M(G, 'ekinet-reservation-complete', 'えきねっと', ('えきねっと', 'info@eki-net.com'), GM,
  '【えきねっと】予約が完了しました',
  'えきねっとをご利用いただきありがとうございます。\n\n予約内容\n乗車日：2026年2月11日\n列車：はやぶさ21号\n区間：東京→仙台\n\n'
  '受取方法：交通系ICカード\nhttps://www.eki-net.com/\n\n東日本旅客鉄道株式会社',
  cs='sjis', cte='8bit', mime='plain', tricks='UNSURE: info@eki-net.com local part; genuine reservation')

M(G, 'ana-eticket-itinerary', 'ANA', ('ANA', 'ana_amc@121.ana.co.jp'), IC,
  '【ANA】ご予約・購入内容のご案内',
  'ANAをご利用いただきありがとうございます。\n\n予約番号：4821\n便名：ANA 241 羽田→福岡\n搭乗日：2026年3月20日\n\n'
  '[[予約の確認・変更|https://www.ana.co.jp/ja/jp/book-plan/reservation/]]\n\n全日本空輸株式会社',
  auth=dict(mf='121.ana.co.jp'), tricks='UNSURE: 121.ana.co.jp sender; genuine itinerary')

M(G, 'yodobashi-order-shipped', 'ヨドバシカメラ', ('ヨドバシ・ドット・コム', 'info@yodobashi.com'), OCN,
  '【ヨドバシ・ドット・コム】ご注文商品出荷のお知らせ',
  'ヨドバシ・ドット・コムをご利用いただき、誠にありがとうございます。\n\nご注文番号：2098812341\nの商品を出荷いたしました。\n\n配送業者：ヨドバシエクストリーム\n\n株式会社ヨドバシカメラ',
  cs='jis', cte='7bit', mime='plain', tricks='UNSURE: info@yodobashi.com local part; genuine shipping notice')

M(G, 'zozotown-campaign-mail-bounce-subdomain', 'ZOZOTOWN', ('ZOZOTOWN', 'info@zozo.jp'), ISB,
  '【最大50%OFF】冬のビッグセール開催中！',
  'ZOZOTOWNからのお知らせ\n\n冬のビッグセール開催中！最大50%OFF。\n期間：1月2日～1月15日\n\n[[セール会場へ|https://zozo.jp/sale/]]\n\n配信停止は[[こちら|https://zozo.jp/mypage/mail/]]',
  mime='html', cte='base64', auth=dict(mf='mail.zozo.jp', dkim_d='zozo.jp'), tricks='UNSURE: mail.zozo.jp bounce subdomain; genuine marketing mail via bulk sender with unsubscribe link')

M(G, 'uber-eats-receipt', 'Uber Eats', ('Uber Eats', 'noreply@uber.com'), ISB,
  'Uber Eats のご注文の領収書',
  'ご注文ありがとうございました、ミカさん\n\n合計 ¥2,480\n\nマクドナルド 渋谷店\n\n[[領収書をダウンロード|https://www.ubereats.com/orders]]',
  mime='html', cte='quoted-printable', tricks='genuine receipt')
