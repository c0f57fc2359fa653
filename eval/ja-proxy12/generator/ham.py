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
