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

M(G, 'amazon-shipment-mother-forwards-iphone-kore-honmono', 'Amazon.co.jp', ('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), 'yoko.s.1955@icloud.com',
  'Amazon.co.jp ご注文の商品を発送しました',
  'ご注文の商品を発送しました。\n\n注文番号：503-2219831-0093412\nお届け予定：1月28日（火）\n配送業者：ヤマト運輸\n\n'
  '[[配送状況を確認|https://www.amazon.co.jp/gp/your-account/order-history]]\n\nAmazon.co.jp',
  auth=dict(host='a11-22.smtp-out.amazonses.com', mf='amazon.co.jp'),
  wrap=dict(kind='iphone', by=('山田陽子', 'yoko.s.1955@icloud.com'), to='a.yamada.work@gmail.com', note='これ本物？\nお父さんが何か頼んだみたい',
            auth=dict(host='p00-icloudmta-asmtp-us-west-2a-100-percent-7.icloud.com', dkim_d='icloud.com'), desc='mother forwards a genuine Amazon notice from iPhone asking if it is real'),
  tricks='genuine shipment notice inside')

M(G, 'rakuten-card-notice-father-gmail-forward-to-son', '楽天カード', ('楽天カード株式会社', 'info@mail.rakuten-card.co.jp'), 'ichiro.m.1950@ocn.ne.jp',
  '【楽天カード】カード利用のお知らせ(本人ご利用分)',
  '楽天カードをご利用いただきありがとうございます。\n\nご利用日：2026/02/02\nご利用先：ENEOS\nご利用金額：5,420円\n\n楽天カード株式会社',
  cs='jis', cte='7bit', mime='plain',
  wrap=dict(kind='gmail', by=('松本一郎', 'ichiro.m.1950@ocn.ne.jp'), to='matsumoto.akane@gmail.com', note='あかね\nガソリン入れたやつだと思うけど、このメールは本物かな？\n父',
            auth=dict(host='mfsmtp02.ocn.ne.jp', dkim_d='ocn.ne.jp'), desc='father forwards genuine card-usage notice (Gmail-style Forwarded message) asking if real'),
  tricks='genuine usage notice, no link')

M(G, 'pta-ml-sports-day-postponed-gmail-sender', '小学校PTA（フリーメール）', ('緑ヶ丘小PTA 広報', 'midorigaoka.pta.kouhou@gmail.com'), 'sachiko_n55@yahoo.co.jp',
  '運動会延期のお知らせ',
  '保護者の皆様\n\n雨天のため、明日の運動会は10月5日（日）に延期となりました。\nお弁当は不要です。通常授業となります。\n\n緑ヶ丘小学校PTA 広報委員',
  cs='jis', cte='7bit', mime='plain', auth=dict(mf='gmail.com', dkim_d='gmail.com'),
  wrap=dict(kind='ml', mldom='ml.midorigaoka-pta.jp', mlname='midori-pta', tag='[midori-pta:0312]',
            footer='\n\n--\n緑ヶ丘小学校PTA連絡網\n配信停止はPTA広報委員まで\n', kw=dict(cs='jis', cte='7bit'),
            desc='school PTA mailing list (fictional) adds subject tag and footer; DMARC fail for gmail.com From after ML'),
  tricks='school on free mail')

M(G, 'chounaikai-ml-cleanup-yahoo-member', '町内会（フリーメール）', ('三丁目町内会 会長 吉田', 'yoshida.3choume@yahoo.co.jp'), 'kaz-w@nifty.com',
  '一斉清掃のお知らせ',
  '町内会の皆様\n\n11月の一斉清掃を下記の通り行います。\n日時：11月16日（日）9:00～\n集合：三丁目公園\n軍手・ごみ袋は町内会で用意します。\n\n会長 吉田',
  cs='jis', cte='7bit', mime='plain', auth=dict(mf='yahoo.co.jp', dkim_d='yahoo.co.jp'),
  wrap=dict(kind='ml', mldom='lists.sanchome-kai.jp', mlname='sanchome', tag='[sanchome:0088]',
            footer='\n\n----\n三丁目町内会メーリングリスト\n', kw=dict(cs='jis', cte='7bit'), desc='neighbourhood mailing list (fictional) with subject tag and footer; DMARC fail for yahoo.co.jp after ML'),
  tricks='volunteer association on free mail')

M(G, 'hair-salon-reservation-yahoo-freemail', '美容室（フリーメール）', ('ヘアサロン ルミエール', 'salon.lumiere.2015@yahoo.co.jp'), DOC,
  'ご予約確認（2月22日 14:00）',
  'ご予約ありがとうございます。\n\n日時：2月22日（土）14:00～\nメニュー：カット＋カラー\n担当：アヤ\n\n変更・キャンセルはお電話でお願いします。\nTEL 045-XXX-XXXX\n\nヘアサロン ルミエール',
  cs='sjis', cte='8bit', mime='plain', auth=dict(mf='yahoo.co.jp', dkim_d='yahoo.co.jp', host='sonicgw.mail.yahoo.co.jp'),
  tricks='small business (fictional) on free mail; phone number; no link')

M(G, 'juku-schedule-change-gmail-freemail-crlf', '学習塾（フリーメール）', ('すずらん学習塾', 'suzuran.juku@gmail.com'), 'mika_h.2001@i.softbank.jp',
  '【すずらん学習塾】冬期講習の日程変更について',
  '保護者様\n\n冬期講習の日程を一部変更いたします。\n12月27日（土）の授業は12月28日（日）に振替となります。\n\n'
  '受講料のお振込は従来通り、塾の口座までお願いいたします。\n\nすずらん学習塾　塾長',
  cs='jis', cte='7bit', mime='plain', nl='crlf', auth=dict(mf='gmail.com', dkim_d='gmail.com', host='mail-sor-f41.google.com'),
  tricks='small cram school (fictional) on gmail; mentions bank transfer; CRLF')

M(G, 'it-dept-phishing-warning-defanged-url', '社内情報システム部（架空企業）', ('情報システム部', 'it-support@mitsuba-seiki.co.jp'), 'all-staff@mitsuba-seiki.co.jp',
  '【注意喚起】SBI証券を装うフィッシングメールについて',
  '社員各位\n\n社内のアドレスに、SBI証券を装ったフィッシングメールが複数届いています。\n\n'
  '件名：【SBI証券】重要なお知らせ：取引パスワードの再設定\nURL：hxxps://sbisec-kakunin[.]com/ETGate/\n\n'
  '上記URLは絶対に開かないでください。万一入力してしまった場合は、情報システム部（内線 210）までご連絡ください。\n\n情報システム部',
  cs='jis', cte='7bit', mime='plain', auth=dict(host='mail.mitsuba-seiki.co.jp'),
  tricks='internal IT warning quoting a phish with defanged URL (fictional company)')

M(G, 'it-dept-reply-confirms-genuine-m365-notice', '社内情報システム部（架空企業）', ('Microsoft 365', 'no-reply@sharepointonline.com'), 'k.nakamura@kanto-denki.co.jp',
  '中村 健 さんがファイル「2026年度予算案.xlsx」を共有しました',
  '中村 健 さんがあなたとファイルを共有しました。\n\n2026年度予算案.xlsx\n\n[[開く|https://kantodenki.sharepoint.com/:x:/s/soumu/EaB12cd]]\n\nMicrosoft 365',
  auth=dict(host='mail-tycjpn01on2102.outbound.protection.outlook.com', mf='sharepointonline.com'),
  wrap=dict(kind='reply', by=('情報システム部 森', 'mori@kanto-denki.co.jp'), to='soumu-staff@kanto-denki.co.jp',
            note='総務部の皆さん\n\n確認しました。これは社内の中村さんが共有した正規の通知です。開いて問題ありません。\n\n情シス 森', mailer='Microsoft Outlook 16.0',
            auth=dict(host='mail.kanto-denki.co.jp'), desc='IT replies quoting a genuine SharePoint share notice, confirming it is safe'),
  tricks='UNSURE: sharepointonline.com sender; SharePoint file-share notice (common phishing theme)')

M(G, 'supplier-invoice-ppap-zip-genuine', '取引先（架空企業）', ('東海商事 経理部 佐々木', 'sasaki@tokai-shoji.co.jp'), 'tanaka@mitsuba-seiki.co.jp',
  '【東海商事】2月分請求書送付のご案内',
  '三葉精機株式会社\n経理ご担当　田中様\n\nいつもお世話になっております。東海商事の佐々木です。\n2月分の請求書を送付いたします。\n'
  '添付ファイルのパスワードは別メールにてお送りいたします。\n\nよろしくお願いいたします。\n\n東海商事株式会社　経理部　佐々木\nTEL 052-XXX-XXXX',
  cs='jis', cte='7bit', mime='plain', attach=[('application/zip', fakezip('genuine-inv', '請求書_202602.pdf'), '請求書_202602.zip')],
  auth=dict(host='smtp.tokai-shoji.co.jp'), tricks='genuine PPAP (password-ZIP sent separately), fictional companies; looks like Emotet-style ZIP phish')

M(G, 'supplier-ppap-password-followup', '取引先（架空企業）', ('東海商事 経理部 佐々木', 'sasaki@tokai-shoji.co.jp'), 'tanaka@mitsuba-seiki.co.jp',
  '【パスワード】【東海商事】2月分請求書送付のご案内',
  '田中様\n\n先ほどお送りしたファイルのパスワードをお知らせいたします。\n\nパスワード：Tk2602Inv#\n\n東海商事株式会社　経理部　佐々木',
  cs='jis', cte='7bit', mime='plain', auth=dict(host='smtp.tokai-shoji.co.jp'), tricks='genuine PPAP password mail (fictional companies)')

M(G, 'supplier-invoice-pdf-outlook-fw-to-accounting', '取引先（架空企業）', ('株式会社ひかり印刷 営業部', 'eigyo@hikari-insatsu.co.jp'), 'tanaka@mitsuba-seiki.co.jp',
  '御見積書送付の件',
  '三葉精機株式会社　田中様\n\nお世話になっております。ひかり印刷の大野です。\nご依頼のパンフレット印刷の御見積書をお送りします。\nご検討のほどよろしくお願いいたします。',
  cs='sjis', cte='base64', mime='plain',
  wrap=dict(kind='outlook', by=('田中 聡', 'tanaka@mitsuba-seiki.co.jp'), to='keiri@mitsuba-seiki.co.jp', note='経理部\n\n見積書、確認お願いします。\n\n田中',
            auth=dict(host='mail.mitsuba-seiki.co.jp'), attach_orig=True, desc='employee forwards supplier mail from Outlook (差出人/送信日時) with original attached as message/rfc822'),
  tricks='genuine business mail (fictional companies)')

M(G, 'stripe-receipt-small-online-shop', 'Stripe（決済代行）', ('こもれび珈琲', 'receipts+acct_1QmK9dLp3Xy7@stripe.com'), GM,
  'こもれび珈琲 からの領収書 [#1843-2210]',
  'こもれび珈琲 からの領収書\n\n支払い金額：¥3,240\n支払日：2026年3月4日\n支払い方法：Visa - 4242\n\n'
  'ご不明な点がございましたら、shop@komorebi-coffee.jp までお問い合わせください。',
  mime='html', cte='quoted-printable', auth=dict(mf='stripe.com', host='mail-a.stripe.com'),
  tricks='payment-processor receipt from stripe.com for a small shop (fictional merchant); display name is the merchant')

M(G, 'square-receipt-cafe-cp932', 'Square（決済代行）', ('カフェ ことり', 'receipts@messaging.squareup.com'), 'mika_h.2001@i.softbank.jp',
  'カフェ ことり でのお支払い ¥1,320',
  'カフェ ことり をご利用いただきありがとうございます。\n\n¥1,320\nブレンドコーヒー ×2\nチーズケーキ ×1\n\nSquare でお支払い',
  mime='html', cte='base64', auth=dict(mf='messaging.squareup.com', host='mail.messaging.squareup.com'),
  tricks='UNSURE: messaging.squareup.com; payment-processor receipt, merchant name (fictional) in display name')

M(G, 'paypal-receipt-intl-paypal', 'PayPal', ('PayPal', 'service@intl.paypal.com'), YH,
  'ご注文の領収書：Bandcamp への支払い',
  'PayPalをご利用いただきありがとうございます。\n\nBandcamp への ¥1,500 JPY の支払いを送信しました。\n取引ID：8XA12345BC6789012\n\n'
  '[[取引の詳細|https://www.paypal.com/myaccount/transactions/]]\n\nPayPal Pte. Ltd.',
  auth=dict(mf='intl.paypal.com', dkim_d='paypal.com', host='mx0.slc.paypal.com'), tricks='UNSURE: intl.paypal.com; genuine payment receipt')

M(G, 'small-yoga-studio-newsletter-sendgrid', 'ヨガスタジオ（架空・ESP配信）', ('ヨガスタジオ そら', 'info@yoga-sora.jp'), NF,
  '【ヨガスタジオ そら】3月のクラススケジュール',
  'いつもご利用ありがとうございます。\n\n3月のクラススケジュールを公開しました。\n新クラス「朝ヨガ」も始まります。\n\n[[スケジュールを見る|https://yoga-sora.jp/schedule]]\n\n配信停止：[[こちら|https://u1234567.ct.sendgrid.net/wf/unsubscribe?upn=abc]]',
  mime='html', cte='quoted-printable', auth=dict(mf='em4821.yoga-sora.jp', dkim_d='yoga-sora.jp', host='o1.ptr4821.yoga-sora.jp'),
  xh=['X-SG-EID: %s' % b64tok('sg', 40)], tricks='small business (fictional) newsletter via SendGrid: click-tracking unsubscribe link on sendgrid.net, X-SG-EID')

M(G, 'nursery-school-notice-html-only-euc', '保育園（架空・フリーメール）', ('ひまわり保育園', 'himawari.hoikuen@nifty.com'), 'yumi.o.88@docomo.ne.jp',
  '【ひまわり保育園】インフルエンザ流行のお知らせ',
  '保護者の皆様\n\n園内でインフルエンザが流行しております。\n発熱などの症状がある場合は登園をお控えください。\n\nひまわり保育園',
  cs='euc', cte='base64', mime='plain', auth=dict(mf='nifty.com', dkim_d='nifty.com'), tricks='nursery (fictional) on ISP mail; EUC-JP base64')

M(G, 'clinic-vaccination-reminder-gmail', 'クリニック（架空・フリーメール）', ('さくら内科クリニック', 'sakura.naika.yoyaku@gmail.com'), 'taro.y1968@ezweb.ne.jp',
  '予防接種のご予約確認',
  '山田太郎 様\n\nインフルエンザ予防接種のご予約を承りました。\n日時：11月8日（土）10:30\n持ち物：保険証（マイナ保険証可）、予診票\n\nさくら内科クリニック',
  cs='jis', cte='base64', mime='plain', auth=dict(mf='gmail.com', dkim_d='gmail.com', host='mail-sor-f41.google.com'),
  tricks='clinic (fictional) on gmail; mentions マイナ保険証 (a phishing theme)')

M(G, 'zoom-meeting-invite-from-colleague', 'Zoom', ('Zoom', 'no-reply@zoom.us'), 'sato.ryo@kanto-denki.co.jp',
  '山本 浩 がスケジュールされたZoomミーティングに招待しています',
  '山本 浩 があなたをスケジュールされた Zoom ミーティングに招待しています。\n\nトピック：月次営業会議\n時刻：2026年4月6日 10:00 大阪、札幌、東京\n\n'
  '[[Zoom ミーティングに参加する|https://us06web.zoom.us/j/81234567890?pwd=abcDEF123]]\n\nミーティング ID: 812 3456 7890',
  auth=dict(host='mail.zoom.us'), tricks='genuine meeting invite with long link and pwd parameter')

M(G, 'furusato-choice-donation-receipt', 'ふるさとチョイス', ('ふるさとチョイス', 'info@furusato-tax.jp'), OCN,
  '【ふるさとチョイス】寄附お申し込み完了のお知らせ',
  'ふるさとチョイスをご利用いただきありがとうございます。\n\n寄附先：北海道○○町\n寄附金額：10,000円\nお礼の品：いくら醤油漬け 250g\n\n'
  'ワンストップ特例申請書は自治体から送付されます。\n\n株式会社トラストバンク',
  cs='jis', cte='7bit', mime='plain', tricks='UNSURE: info@furusato-tax.jp local part; seasonal tax-deduction topic shared with phishing')

M(G, 'nenkin-net-registration-notice', '日本年金機構', ('ねんきんネット', 'nenkinnet@nenkin.go.jp'), YH,
  '【ねんきんネット】ユーザID登録完了のお知らせ',
  'ねんきんネットのユーザID登録が完了しました。\n\n今後はマイナポータルからもご利用いただけます。\n\n※このメールは送信専用です。\n日本年金機構',
  cs='jis', cte='7bit', mime='plain', tricks='UNSURE: nenkinnet@nenkin.go.jp; genuine government notice')

M(G, 'line-new-device-login-notice', 'LINE', ('LINE', 'no-reply@line.me'), GM,
  '[LINE] 新しい端末でログインされました',
  'お使いのLINEアカウントに新しい端末でログインされました。\n\n日時：2026/04/12 23:10\n端末：iPad\n\n'
  'ログインした覚えがない場合は、LINEアプリの［設定］>［アカウント］からログイン中の端末を確認してください。\n\nLINEヤフー株式会社',
  cs='utf-8', cte='base64', mime='plain', tricks='UNSURE: no-reply@line.me; genuine login notice, no link')

M(G, 'paypay-charge-complete-notice', 'PayPay', ('PayPay', 'no-reply@paypay.ne.jp'), SB,
  '【PayPay】チャージが完了しました',
  'PayPayをご利用いただきありがとうございます。\n\nPayPay残高へのチャージが完了しました。\nチャージ金額：10,000円\nチャージ方法：銀行口座\n\nPayPay株式会社',
  cs='utf-8', cte='quoted-printable', mime='plain', tricks='UNSURE: no-reply@paypay.ne.jp; genuine transaction notice')

M(G, 'mercari-otp-sms-like-ezweb', 'メルカリ', ('メルカリ', 'no-reply@mercari.jp'), EZ,
  '【メルカリ】認証番号のお知らせ',
  '認証番号：4719\n\nこの番号をメルカリアプリの画面に入力してください。\n認証番号は誰にも教えないでください。',
  cs='sjis', cte='base64', mime='plain', tricks='short OTP mail to ezweb.ne.jp (SMS-like)')

M(G, 'tokyo-gas-bill-amount-notice', '東京ガス', ('東京ガス', 'mytokyogas@tokyo-gas.co.jp'), 'k.wata-2@nifty.com',
  '【myTOKYOGAS】ご請求金額確定のお知らせ',
  'myTOKYOGASをご利用いただきありがとうございます。\n\n2月分のご請求金額が確定しました。\nガス：8,421円\n電気：9,870円\n\n'
  '[[myTOKYOGASで確認|https://members.tokyo-gas.co.jp/]]\n\n東京ガス株式会社',
  cs='jis', cte='7bit', mime='alt', tricks='UNSURE: mytokyogas@tokyo-gas.co.jp; genuine utility bill notice')

M(G, 'tepco-kurashi-usage-notice-html-related', '東京電力エナジーパートナー', ('くらしTEPCO web', 'kurashi-tepco@tepco.co.jp'), DOC,
  '【くらしTEPCO web】電気ご使用量のお知らせ',
  'くらしTEPCO web会員様\n\n3月分の電気ご使用量・料金が確定しました。\nご使用量：312kWh\nご請求予定額：10,214円\n\n[[くらしTEPCO webで確認|https://www.kurashi.tepco.co.jp/]]',
  mime='related', cte='base64', pre='<img src="cid:logo@tepco-kurashi-usage-notice-html-related" alt="くらしTEPCO" width="160"><br>\n',
  tricks='UNSURE: kurashi-tepco@tepco.co.jp; genuine utility notice with inline logo (multipart/related)')

M(G, 'japanpost-delivery-notice-mail-japanpost', '日本郵便', ('日本郵便', 'info@mail.japanpost.jp'), ISB,
  '【日本郵便】ゆうパックお届け予定のお知らせ',
  'ゆうパックのお届け予定をお知らせします。\n\nお問い合わせ番号：1234-5678-9012\nお届け予定日：4月3日\n\n'
  'お届け日時の変更は[[こちら|https://trackings.post.japanpost.jp/services/srv/search/]]\n\n日本郵便株式会社',
  cs='sjis', cte='quoted-printable', mime='alt', tricks='UNSURE: mail.japanpost.jp sender; genuine delivery notice')

M(G, 'sagawa-delivery-notice-smart-club', '佐川急便', ('佐川急便', 'info@ds.sagawa-exp.co.jp'), GM,
  '【佐川急便】お届け予定のお知らせ',
  '佐川急便をご利用いただきありがとうございます。\n\nお問い合せ送り状No：3611-2298-4403\nお届け予定日：5月9日\n\n'
  'https://k2k.sagawa-exp.co.jp/\n\n佐川急便株式会社',
  cs='jis', cte='7bit', mime='plain', tricks='UNSURE: ds.sagawa-exp.co.jp sender; genuine delivery notice (most imitated brand)')

M(G, 'microsoft-unusual-signin-self-forwarded-android', 'Microsoft', ('Microsoft アカウント チーム', 'account-security-noreply@accountprotection.microsoft.com'), 'tomoko.h@outlook.jp',
  'Microsoft アカウントの通常とは異なるサインイン アクティビティ',
  'Microsoft アカウント to*****@outlook.jp で、通常とは異なるサインイン アクティビティが検出されました。\n\n国/地域: 日本\nIP アドレス: 126.xx.xx.xx\n日付: 2026/05/02 7:51 (JST)\n\n'
  'ご本人の場合は、このメッセージを無視してかまいません。\nそうでない場合は[[最近のアクティビティ|https://account.live.com/Activity]]を確認してください。',
  mime='plain', cte='base64',
  wrap=dict(kind='android', by=('', 'tomoko.h@outlook.jp'), to='tomoko.hayashi.1990@docomo.ne.jp', note='自分用メモ：昨日機種変したときのやつ', mailer='Outlook for Android',
            auth=dict(host='JPN01-TYC-obe.outbound.protection.outlook.com', dkim_d='outlook.jp'), desc='recipient forwards a genuine security alert to her own docomo address (転送メッセージ) after changing phones'),
  tricks='genuine security alert')

M(G, 'au-notice-autoforwarded-au-com-to-icloud', 'au (KDDI)', ('au', 'au_info@au.com'), 'kenji-m77@au.com',
  '【au】機種変更手続き完了のお知らせ',
  '機種変更のお手続きが完了しました。\n\n受付日：2026年5月10日\n新しい機種：iPhone 17\n\nお心当たりのない場合は、auお客さまセンターまでご連絡ください。\n\nKDDI株式会社',
  cs='jis', cte='7bit', mime='plain',
  autofwd=dict(to='kenji.mori.77@icloud.com', host='mx-out.auone-net.jp', spf='fail', dkim='pass', dmarc='pass',
               desc='auto-forwarded au.com -> iCloud: SPF fail at iCloud but DKIM survives so DMARC passes'),
  tricks='UNSURE: au_info@au.com; carrier notice about SIM/device change (SIM-swap theme)')

M(G, 'rakuten-travel-booking-confirm-raw-jis-name', '楽天トラベル', ('楽天トラベル', 'travel@mail.travel.rakuten.co.jp'), BG,
  '【楽天トラベル】予約受付のお知らせ',
  '楽天トラベルをご利用いただきありがとうございます。\n\n予約番号：RY48211093\n宿泊施設：箱根湯本温泉 ○○旅館\nチェックイン：2026年6月13日\n人数：大人2名\n\n'
  '予約の確認・キャンセル：https://travel.rakuten.co.jp/\n\n楽天グループ株式会社',
  cs='jis', cte='7bit', mime='plain', raw_name=True, tricks='UNSURE: mail.travel.rakuten.co.jp sender; raw (unencoded) ISO-2022-JP display name')

M(G, 'jalan-booking-midsplit-subject', 'じゃらん', ('じゃらんnet', 'info@jalan.net'), 'yui.k.0815@softbank.ne.jp',
  '【じゃらんnet】ご予約内容の確認（予約番号：0X91KQ2）',
  'じゃらんnetをご利用いただきありがとうございます。\n\n宿名：伊豆高原ペンション○○\n宿泊日：2026年7月19日\n\nご予約内容の確認・変更はじゃらんnetのマイページから行えます。\n\n株式会社リクルート',
  midsplit=True, cte='base64', mime='plain', tricks='UNSURE: info@jalan.net; subject encoded-words split mid-character')

M(G, 'university-it-center-password-expiry-notice', '大学情報センター（架空）', ('情報基盤センター', 'helpdesk@itc.nishiyama-u.ac.jp'), 'student.k2291@nishiyama-u.ac.jp',
  '【情報基盤センター】統合認証パスワードの有効期限について',
  '学生・教職員各位\n\n統合認証パスワードの有効期限が近づいている方へお知らせします。\n学内ポータル（https://portal.nishiyama-u.ac.jp/）にログインし、パスワードを変更してください。\n\n'
  'なお、センターがメールのリンクからパスワード入力を求めることはありません。\n\n情報基盤センター',
  cs='jis', cte='7bit', mime='plain', tricks='fictional university IT notice about password expiry (same theme as credential phishing)')

M(G, 'company-m365-mfa-rollout-crlf-html', '社内情報システム部（架空企業）', ('情報システム部', 'it-support@kanto-denki.co.jp'), 'all@kanto-denki.co.jp',
  '【全社】Microsoft 365 多要素認証の設定について（4月末まで）',
  '社員各位\n\n4月30日までに Microsoft 365 の多要素認証（Authenticator アプリ）を設定してください。\n手順書は社内ポータルに掲載しています。\n\n'
  '[[社内ポータル：MFA設定手順|https://kantodenki.sharepoint.com/sites/it/mfa]]\n\n期限を過ぎるとサインインできなくなります。\n\n情報システム部',
  mime='alt', cte='base64', nl='crlf', auth=dict(host='mail.kanto-denki.co.jp'),
  tricks='internal IT mail with deadline and sign-in wording (fictional company); CRLF')

M(G, 'amazon-review-request-eucjp-8bit', 'Amazon.co.jp', ('Amazon.co.jp', 'marketplace-messages@amazon.co.jp'), OCN,
  'ご購入された商品はいかがでしたか？',
  'Amazon.co.jpでお買い物いただきありがとうございます。\n\nご購入いただいた商品のレビューをお寄せください。\n\n[[レビューを書く|https://www.amazon.co.jp/review/create-review]]\n\nAmazon.co.jp',
  cs='euc', cte='8bit', mime='plain', tricks='UNSURE: marketplace-messages local part; EUC-JP 8bit')

M(G, 'rakuten-ichiba-shop-campaign-sjis-html', '楽天市場', ('楽天市場 お買い物マラソン', 'ichiba-info@mail.rakuten.co.jp'), YH,
  '【楽天市場】お買い物マラソン 本日20時スタート！',
  'お買い物マラソン開催！\n\nエントリー＆ショップ買いまわりでポイント最大10倍。\n期間：2026年5月9日(金) 20:00～5月16日(金) 01:59\n\n'
  '[[エントリーはこちら|https://event.rakuten.co.jp/campaign/point-up/marathon/]]\n\n配信停止：[[メール配信設定|https://emagazine.rakuten.co.jp/]]',
  cs='sjis', cte='quoted-printable', mime='html', tricks='UNSURE: ichiba-info@mail.rakuten.co.jp; marketing campaign HTML-only Shift_JIS QP')

M(G, 'kawasaki-city-disaster-mail-registration', '川崎市', ('川崎市 メールニュースかわさき', 'mail-news@city.kawasaki.jp'), 'taro.y1968@ezweb.ne.jp',
  '【メールニュースかわさき】登録完了のお知らせ',
  'メールニュースかわさき（防災気象情報）への登録が完了しました。\n\n配信停止・変更は川崎市ホームページから行えます。\nhttps://www.city.kawasaki.jp/\n\n川崎市',
  cs='sjis', cte='8bit', mime='plain', tricks='UNSURE: mail-news local part; municipality on non-lg.jp city domain; to ezweb.ne.jp')

M(G, 'son-forwards-genuine-docomo-notice-to-father-gmail', 'NTTドコモ', ('ドコモ', 'info@mail.docomo.ne.jp'), 'takahashi.kenta.0401@gmail.com',
  '【ドコモ】dポイント付与のお知らせ',
  'dポイントクラブ会員様\n\nキャンペーン特典として 300ポイントを付与しました。\nポイントの有効期限：2026年9月30日\n\n株式会社NTTドコモ',
  cs='sjis', cte='base64', mime='plain',
  wrap=dict(kind='gmail', by=('高橋健太', 'takahashi.kenta.0401@gmail.com'), to='fumiko.t.1948@au.com', note='ばあちゃん\nこれは本物。リンクもないから大丈夫だよ。\n前のは詐欺だったから消してね',
            auth=dict(host='mail-sor-f41.google.com', dkim_d='gmail.com'), desc='grandson forwards a genuine notice to grandmother (au.com) saying it is real'),
  tricks='UNSURE: mail.docomo.ne.jp sender; genuine point notice, no link')

M(G, 'seven-eleven-net-order-html-only-utf8-8bit', 'セブン-イレブン', ('セブン-イレブン・ネット', 'info@7net.omni7.jp'), 'mika_h.2001@i.softbank.jp',
  '【セブンネットショッピング】ご注文ありがとうございます',
  'セブンネットショッピングをご利用いただきありがとうございます。\n\nご注文番号：7N-2605-118823\n受取店舗：セブン-イレブン 渋谷道玄坂店\n\n[[注文履歴|https://7net.omni7.jp/mypage]]',
  mime='html', cte='8bit', tricks='UNSURE: 7net.omni7.jp sender; HTML-only UTF-8 8bit')

M(G, 'coop-delivery-order-confirm-ocn', '生協（コープ）', ('コープデリ', 'info@coopdeli.jp'), OCN,
  '【コープデリ】ご注文内容の確認',
  'いつもコープデリをご利用いただきありがとうございます。\n\n今週のご注文を承りました。\nお届け日：6月3日（火）\n合計：6,482円\n\nコープデリ生活協同組合連合会',
  cs='jis', cte='7bit', mime='plain', tricks='UNSURE: coopdeli.jp sender; ordinary weekly order mail')

M(G, 'school-absence-form-google-forms-gmail-teacher', '中学校（架空・Google Workspace）', ('3年2組 担任 井上', 'inoue.t@higashi-jhs.ed.jp'), 'sachiko_n55@yahoo.co.jp',
  '【東中3年2組】進路調査票の提出について',
  '保護者の皆様\n\n進路調査票をGoogleフォームで提出してください。\n締切：6月20日\n\n[[進路調査票（Googleフォーム）|https://docs.google.com/forms/d/e/1FAIpQLSf-shinro2026/viewform]]\n\n3年2組担任 井上',
  cs='utf-8', cte='base64', mime='alt', auth=dict(mf='higashi-jhs.ed.jp', dkim_d='higashi-jhs.ed.jp', host='mail-sor-f69.google.com'),
  tricks='school (fictional ed.jp on Google Workspace) links to a Google Form (forms are also used by phishers)')
