# -*- coding: utf-8 -*-
# genuine batch 4: co-op, logistics, workplace, family, local senders, ESPs, vendors
from lib import *  # noqa

M(name='genuine/pal-system-order-confirm-sjis.eml', brand='パルシステム（生協）', cs='sjis', cte='8bit',
  tricks='genuine co-op weekly order confirmation in Shift_JIS',
  unsure='sender address from pal-system.co.jp',
  f=('パルシステム', 'order@pal-system.co.jp'), to='kodomo.3nin@gmail.com', date='2025-11-24 21:05',
  subj='【パルシステム】ご注文確認（11月4回）',
  auth=G('210.152.133.30', 'mail.pal-system.co.jp', 'order@pal-system.co.jp', 'pass', [('pass', 'pal-system.co.jp', 'ps')], ('pass', 'none', 'pal-system.co.jp')),
  text='''パルシステムをご利用いただきありがとうございます。
11月4回のご注文を以下の通り承りました。

・産直たまご 10個　1点
・コアフード牛乳 1000ml　2点
・国産小麦の食パン　1点
合計：2,184円（税込）

お届け予定日：12月1日（月）

パルシステム生活協同組合連合会''')

M(name='genuine/coopdeli-point-campaign-cuenote.eml', brand='コープデリ（生協）', cs='utf8', cte='qp',
  tricks='genuine co-op point campaign mail via Cuenote ESP with List-Unsubscribe',
  unsure='sender domain coopdeli.jp and Cuenote relay',
  f=('コープデリ', 'info@coopdeli.jp'), to='a.kobayashi@jcom.home.ne.jp', date='2025-08-25 10:00',
  subj='【コープデリ】ポイント2倍キャンペーンのお知らせ',
  extra=['List-Unsubscribe: <https://coopdeli.jp/mail/stop?id=22a>', 'X-Mailer: Cuenote FC'],
  auth=ISP('mx.jcom.home.ne.jp', '219.117.239.75', 'cnt02.cuenote.jp', 'bounce-22a@bounce.coopdeli.jp', 'pass', [('pass', 'coopdeli.jp', 'cue')], ('pass', 'coopdeli.jp', 'coopdeli.jp')),
  text='''コープデリをご利用いただきありがとうございます。

9月1回～2回のご注文で、ポイントが2倍になるキャンペーンを実施します。
ポイントは「eフレンズ」マイページで確認できます。

https://www.coopdeli.jp/

配信停止：https://coopdeli.jp/mail/stop?id=22a
コープデリ生活協同組合連合会''', html='auto')

M(name='genuine/seino-delivery-schedule.eml', brand='西濃運輸', cs='utf8', cte='b64',
  tricks='genuine お届け予定 notice with tracking number (theme of logistic lures)',
  unsure='sender address from seino.co.jp',
  f=('西濃運輸', 'info@seino.co.jp'), to='a.hirano@gmail.com', date='2025-09-01 08:30',
  subj='【西濃運輸】お荷物お届け予定のお知らせ',
  auth=G('210.173.174.8', 'mail.seino.co.jp', 'info@seino.co.jp', 'pass', [('pass', 'seino.co.jp', 'sn')], ('pass', 'none', 'seino.co.jp')),
  text='''西濃運輸をご利用いただきありがとうございます。
下記のお荷物をお届け予定です。

お問合せ番号：4820-1193-7731
ご依頼主：株式会社オフィス家具ネット
お届け予定日：9月2日（火）午前

配達状況：https://track.seino.co.jp/

西濃運輸株式会社''')

M(name='genuine/fukuyama-tsuun-pickup-done.eml', brand='福山通運', cs='jis',
  tricks='genuine 集荷完了 notice in ISO-2022-JP',
  unsure='sender address from fukutsu.co.jp',
  f=('福山通運', 'info@fukutsu.co.jp'), to='k.ueno@ezweb.ne.jp', date='2026-04-20 15:10',
  subj='【福山通運】お荷物受付のお知らせ',
  auth=ISP('mx.au.com', '210.163.128.60', 'mail.fukutsu.co.jp', 'info@fukutsu.co.jp', 'pass', [('pass', 'fukutsu.co.jp', 'fk')], ('pass', 'none', 'fukutsu.co.jp')),
  text='''福山通運をご利用いただきありがとうございます。
お荷物をお預かりいたしました。

お問合せ番号：１１２０－３３８１－０２
個数：２個
お届け予定日：４月２２日

福山通運株式会社''')

M(name='genuine/japanpost-e-tenkyo-accepted.eml', brand='日本郵便 e転居', cs='utf8', cte='b64',
  tricks='genuine e転居 acceptance mail from japanpost.jp',
  unsure='sender address from post.japanpost.jp',
  f=('日本郵便', 'e-tenkyo@post.japanpost.jp'), to='hikkoshi.nao@nifty.com', date='2026-03-09 11:00',
  subj='【日本郵便】e転居 お申し込み受付のお知らせ',
  auth=ISP('mx01.nifty.com', '210.171.160.4', 'mail.post.japanpost.jp', 'e-tenkyo@post.japanpost.jp', 'pass', [('pass', 'japanpost.jp', 'jp')], ('pass', 'none', 'post.japanpost.jp')),
  text='''e転居をご利用いただきありがとうございます。
転居届のお申し込みを受け付けました。

受付番号：T2603-0912-441
転送開始希望日：2026年3月20日

転送期間は届出日から1年間です。

日本郵便株式会社
https://welcometown.post.japanpost.jp/''')

M(name='genuine/colleague-sharepoint-link.eml', brand='（社内）SharePoint共有', cs='utf8', cte='b64',
  tricks='genuine internal colleague sharing a real tenant SharePoint link kaisha-example.sharepoint.com (same org, M365 intra-org)',
  f=('佐藤 博', 'sato.hiroshi@kaisha-example.co.jp'), to='kimura.saki@kaisha-example.co.jp', date='2025-10-15 10:12',
  subj='来期予算案（ドラフト）の共有',
  auth=MS('40.107.74.20', 'TYCPR01MB8123.jpnprd01.prod.outlook.com', 'sato.hiroshi@kaisha-example.co.jp', 'pass', [('pass', 'kaisha-example.co.jp', 'selector1')], ('pass', 'quarantine', 'kaisha-example.co.jp')),
  extra=['X-MS-Exchange-Organization-AuthSource: TYCPR01MB8123.jpnprd01.prod.outlook.com', 'X-MS-Has-Attach: ', 'Thread-Topic: 来期予算案（ドラフト）の共有'],
  text='''木村さん

お疲れさまです。佐藤です。
来期予算案のドラフトをSharePointに置きました。金曜の会議までにコメントをお願いします。

[[2026年度予算案_draft.xlsx|https://kaisha-example.sharepoint.com/:x:/s/keiei/EaB1c2D3e4F5g6H7?e=k9Lm2N]]

よろしくお願いします。
佐藤''', html='auto')

M(name='genuine/google-drive-share-from-colleague.eml', brand='Google ドライブ共有', cs='utf8', cte='qp',
  tricks='genuine Google Drive share notification (drive-shares-dm-noreply@google.com) with Reply-To of the real sharer',
  f=('高橋 美咲 (Google ドライブ)', 'drive-shares-dm-noreply@google.com'), to='purchasing@kaisha-example.co.jp', date='2025-08-05 10:50',
  extra=['Reply-To: ' + ew('高橋 美咲', 'utf8') + ' <m.takahashi.design@gmail.com>'],
  subj='共有アイテム: 「現場写真_2025-08」',
  auth=MS('209.85.219.201', 'mail-yb1-f201.google.com', '3X1bjZgwKCAk.bounce@doclist.bounces.google.com', 'pass', [('pass', 'google.com', '20230601')], ('pass', 'reject', 'google.com')),
  text='''高橋 美咲 さんが次のフォルダを共有しました:

現場写真_2025-08

「先日の現場写真です。ご確認ください。」

[[開く|https://drive.google.com/drive/folders/1aB2cD3eF4gH5iJ6kL7mN8oP9qR?usp=sharing_eil_m]]

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
このメールは、他のユーザーがあなたとアイテムを共有したために送信されました。''', html='auto')

M(name='genuine/it-dept-warning-quoting-phish.eml', brand='（社内）情報システム部 注意喚起', cs='jis',
  tricks='genuine internal IT warning that QUOTES a phishing mail (subject, defanged URL hxxps://...) — contains phishing keywords but is benign',
  f=('情報システム部', 'it-info@kaisha-example.co.jp'), to='all@kaisha-example.co.jp', date='2025-07-01 09:05',
  subj='【注意喚起】「メールボックス容量超過」を装ったフィッシングメールについて',
  auth=MS('40.107.74.42', 'TYCPR01MB9001.jpnprd01.prod.outlook.com', 'it-info@kaisha-example.co.jp', 'pass', [('pass', 'kaisha-example.co.jp', 'selector1')], ('pass', 'quarantine', 'kaisha-example.co.jp')),
  extra=['X-MS-Exchange-Organization-AuthSource: TYCPR01MB9001.jpnprd01.prod.outlook.com'],
  text='''社員各位

情報システム部です。
昨日より、当部を装った以下のメールが社外から届いています。

　件名：【情報システム部】メールボックス容量超過のお知らせ（至急）
　差出人：helpdesk@kaisha-example-co[.]jp
　リンク：hxxps://kaisha-example-co[.]jp/owa/quota/upgrade

ドメインがハイフン付きの「kaisha-example-co.jp」となっており、当社のものではありません。
リンクをクリックしたり、パスワードを入力したりしないでください。
誤って入力した場合は、至急内線２１００までご連絡ください。

情報システム部''')

M(name='genuine/family-forward-nissay-notice.eml', brand='日本生命（家族からの転送）', cs='utf8', cte='8bit',
  tricks='genuine family forward (Fwd:) of a real insurer notice with a question "これ本物？"; Gmail-to-Gmail, quoted headers',
  f=('山田 智子', 'haha.tomoko@gmail.com'), to='yamada.kenta.0214@gmail.com', date='2025-09-16 13:22',
  subj='Fwd: 【日本生命】ご契約内容のお知らせ（Web交付）',
  auth=G('209.85.220.41', 'mail-sor-f41.google.com', 'haha.tomoko@gmail.com', 'pass', [('pass', 'gmail.com', '20230601')], ('pass', 'none', 'gmail.com')),
  text='''けんた
これ本物かな？最近変なメール多いから心配で。ログインしても大丈夫？

---------- Forwarded message ---------
From: 日本生命 <mail@ml.nissay.co.jp>
Date: 2025年9月16日(火) 10:00
Subject: 【日本生命】ご契約内容のお知らせ（Web交付）
To: <haha.tomoko@gmail.com>

日本生命をご契約いただき、誠にありがとうございます。

ご契約内容のお知らせをWebでご確認いただけるようになりました。
ずっともっとサービス（マイページ）にログインのうえ、ご確認ください。

https://www.nissay.co.jp/

日本生命保険相互会社''')

M(name='genuine/clinic-appointment-reminder.eml', brand='（地域）歯科クリニック', cs='utf8', cte='b64',
  tricks='genuine small clinic appointment reminder from its own Google Workspace domain; asks to call to reschedule (call-back pattern but benign)',
  f=('ひかり歯科クリニック', 'info@hikari-dental-example.jp'), to='kaden.love@gmail.com', date='2026-04-07 18:00',
  subj='【ひかり歯科】ご予約日のお知らせ（4月10日 16:30）',
  auth=G('209.85.220.73', 'mail-sor-f73.google.com', 'info@hikari-dental-example.jp', 'pass', [('pass', 'hikari-dental-example.jp', 'google')], ('pass', 'none', 'hikari-dental-example.jp')),
  text='''山田 様

ひかり歯科クリニックです。
ご予約日が近づいてまいりましたのでお知らせいたします。

日時：4月10日（木）16:30
内容：定期検診・クリーニング

ご都合が悪くなった場合は、お電話にてご連絡ください。
TEL 045-XXX-8020（診療時間内）

ひかり歯科クリニック''')

M(name='genuine/school-notice-renrakumou-euc.eml', brand='（地域）小学校 連絡メール', cs='euc', cte='8bit',
  tricks='genuine elementary school notice (EUC-JP 8bit) from ed.jp domain; contains "至急" and a form link on Google Forms',
  f=('南小学校', 'renraku@minami-sho-example.ed.jp'), to='a.kobayashi@jcom.home.ne.jp', date='2025-09-05 07:10',
  subj='【南小】至急：本日の下校時刻変更について',
  auth=ISP('mx.jcom.home.ne.jp', '150.95.219.40', 'mail.minami-sho-example.ed.jp', 'renraku@minami-sho-example.ed.jp', 'pass', [('pass', 'minami-sho-example.ed.jp', 'default')], ('pass', 'none', 'minami-sho-example.ed.jp')),
  text='''保護者の皆様

台風接近に伴い、本日は給食後に一斉下校とします（13時30分頃）。
ご家庭で受け入れができない場合は、学校でお預かりしますので、
下記フォームにて11時までにご連絡ください。

https://forms.gle/7xQm2kLp9RtYv3Ns8

南小学校　教頭''')

M(name='genuine/chonaikai-google-groups.eml', brand='（地域）町内会 メーリングリスト', cs='utf8', cte='qp',
  tricks='genuine neighborhood association post through Google Groups (List-* headers, From rewritten "via"), mentions 集金 (fee collection)',
  f=('\'鈴木 一郎\' via 桜ヶ丘三丁目町内会', 'sakuragaoka3-chonaikai@googlegroups.com'), to='sakuragaoka3-chonaikai@googlegroups.com', date='2025-10-12 20:15',
  extra=['Reply-To: suzuki.ichiro.s3@gmail.com', 'List-ID: <sakuragaoka3-chonaikai.googlegroups.com>', 'Mailing-list: list sakuragaoka3-chonaikai@googlegroups.com; contact sakuragaoka3-chonaikai+owners@googlegroups.com', 'Precedence: list', 'List-Unsubscribe: <mailto:googlegroups-manage+1029384756+unsubscribe@googlegroups.com>'],
  auth=G('209.85.160.190', 'mail-qt1-f190.google.com', 'sakuragaoka3-chonaikai+bncBD2Q@googlegroups.com', 'pass', [('pass', 'googlegroups.com', '20230601')], ('pass', 'none', 'googlegroups.com')),
  subj='[桜ヶ丘三丁目] 10月の町内会費集金と防災訓練のお知らせ',
  text='''町内会の皆様

会計の鈴木です。
10月分の町内会費（月300円）の集金を、10月19日（日）に班長さんが回ります。
また、11月3日（祝）9時から公園で防災訓練を行います。

よろしくお願いいたします。

--
このメールは Google グループのグループ「桜ヶ丘三丁目町内会」に登録しているユーザーに送られています。
このグループから退会し、グループからのメールの配信を停止するには sakuragaoka3-chonaikai+unsubscribe@googlegroups.com にメールを送信してください。''')

M(name='genuine/oss-mailing-list-post-jis.eml', brand='（ML）技術系メーリングリスト', cs='jis',
  tricks='genuine classic Japanese mailing list post with [ruby-list:51234]-style subject tag, X-ML-Name/X-Mail-Count headers, ISO-2022-JP; contains URLs and "パスワード"',
  f=('Kobayashi Tetsuya', 'tetsu.k@example-univ.ac.jp'), to='jp-dev-ml@ml.example-lug.org', date='2025-05-20 23:48',
  extra=['X-ML-Name: jp-dev-ml', 'X-Mail-Count: 04128', 'X-ML-Info: If you have a question, send e-mail with the body "# help" to <jp-dev-ml-ctl@ml.example-lug.org>', 'Precedence: bulk', 'List-Id: jp-dev-ml.ml.example-lug.org'],
  subj='[jp-dev-ml:04128] Re: パスワードハッシュの移行について',
  auth=ISP('ml.example-lug.org', '133.11.50.2', 'mail.example-univ.ac.jp', 'jp-dev-ml-bounces@ml.example-lug.org', 'pass', [('pass', 'example-univ.ac.jp', 'mail')], None),
  text='''小林です。

> 既存のMD5ハッシュからの移行はどうしていますか？

うちではログイン成功時に bcrypt で再ハッシュする方式にしました。
参考：https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html

--
小林 哲也''')

M(name='genuine/vendor-ppap-invoice-zip.eml', brand='（取引先）請求書 PPAP', cs='jis',
  tricks='genuine supplier invoice with password-protected ZIP (PPAP still common in JP) and "password in separate mail" — same shape as Emotet lures; DMARC pass, prior thread',
  f=('株式会社丸三商事 経理部 山口', 'm.yamaguchi@marusan-shoji-example.co.jp'), to='keiri@kaisha-example.co.jp', date='2025-02-28 15:20',
  extra=['In-Reply-To: <20250228101122.4481@kaisha-example.co.jp>', 'X-Mailer: Microsoft Outlook 16.0'],
  subj='Re: 2月分ご請求書の件',
  auth=MS('202.181.103.27', 'smtp.marusan-shoji-example.co.jp', 'm.yamaguchi@marusan-shoji-example.co.jp', 'pass', [('pass', 'marusan-shoji-example.co.jp', 'default')], ('pass', 'none', 'marusan-shoji-example.co.jp')),
  text='''株式会社カイシャ
経理部　ご担当者様

いつもお世話になっております。丸三商事の山口です。
２月分の請求書を送付いたします。
パスワードは別メールにてお送りいたします。

ご査収のほど、よろしくお願いいたします。

－－－－－－－－－－－－－－－－－－－－
株式会社丸三商事　経理部　山口 正人
ＴＥＬ：０３－XXXX－５５１０''',
  atts=[('seikyusho_202502.zip', 'application/zip', zip_encrypted('請求書_202502.pdf', pdf(['Invoice 2025-02', 'Marusan Shoji', 'Total JPY 214,500']), 'ppap-genuine'))])

M(name='genuine/smarthr-nenmatsu-chousei-request.eml', brand='SmartHR（年末調整）', cs='utf8', cte='b64',
  tricks='genuine HR 年末調整 request sent through SmartHR (smarthr.jp) on behalf of employer — employer name ≠ sending domain',
  unsure='SmartHR notification sender address',
  f=('株式会社カイシャ（SmartHR）', 'noreply@mail.smarthr.jp'), to='tanaka.yuko@kaisha-example.co.jp', date='2025-11-12 10:00',
  subj='【株式会社カイシャ】年末調整の回答をお願いします',
  auth=MS('54.240.48.120', 'e48-120.smtp-out.ap-northeast-1.amazonses.com', '0106019ab12c34d5-6e7f8091-a2b3-c4d5-e6f7-08192a3b4c5d-000000@ap-northeast-1.amazonses.com', 'pass', [('pass', 'mail.smarthr.jp', 'shr'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], ('pass', 'none', 'mail.smarthr.jp')),
  text='''田中 優子 さん

株式会社カイシャ の人事部から、年末調整の回答依頼が届いています。
11月20日までに回答してください。

[[回答をはじめる|https://kaisha-example.smarthr.jp/year_end_adjustments]]

SmartHR''', html='auto')

M(name='genuine/local-bakery-newsletter-haihai.eml', brand='（地域）パン屋 ニュースレター', cs='utf8', cte='b64',
  tricks='genuine small-shop newsletter via 配配メール-style ESP (envelope on ESP domain, DKIM by ESP only → DMARC none), coupon wording',
  unsure='ESP envelope/DKIM domain hm-f.jp',
  f=('ベーカリー こむぎ屋', 'info@komugiya-example.jp'), to='cafe.ryoko@gmail.com', date='2025-11-01 07:30',
  subj='【こむぎ屋】11月の新作パンと10%OFFクーポン',
  extra=['List-Unsubscribe: <https://hm-f.jp/cc.php?t=M551&m=unsub>'],
  auth=G('202.218.54.33', 'smtp-out.hm-f.jp', 'bounce-551@hm-f.jp', 'pass', [('pass', 'hm-f.jp', 'hm')], ('none', 'none', 'komugiya-example.jp')),
  text='''いつもこむぎ屋をご利用いただきありがとうございます。

11月の新作は「栗とほうじ茶のデニッシュ」です。
このメールを会計時にご提示いただくと、10%OFFになります（11月30日まで）。

営業時間：7:30～18:00（月曜定休）
https://komugiya-example.jp/

配信停止はこちら：https://hm-f.jp/cc.php?t=M551&m=unsub''', html='auto')

M(name='genuine/freee-invoice-notification-pdf.eml', brand='freee（請求書送付）', cs='utf8', cte='b64',
  tricks='genuine invoice e-mailed via freee on behalf of a small company, PDF attachment; sender domain differs from issuing company',
  unsure='freee sender address and domain',
  f=('株式会社ミライ商事（freee）', 'no-reply@freee.co.jp'), to='keiri@startup-example.jp', date='2026-02-27 16:00',
  subj='株式会社ミライ商事から請求書が届きました',
  auth=MS('54.240.48.21', 'e48-21.smtp-out.ap-northeast-1.amazonses.com', '0106019b0f1e2d3c-4b5a6978-8a9b-acbd-cedf-e0f1a2b3c4d5-000000@ap-northeast-1.amazonses.com', 'pass', [('pass', 'freee.co.jp', 'fr'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], ('pass', 'none', 'freee.co.jp')),
  text='''株式会社スタートアップ 御中

株式会社ミライ商事 から請求書が届きました。
添付のPDFをご確認ください。

請求書番号：INV-2026-0211
金額：1,320,000円（税込）
お支払期限：2026年3月31日

freee請求書
https://www.freee.co.jp/''',
  atts=[('INV-2026-0211.pdf', 'application/pdf', pdf(['Invoice INV-2026-0211', 'Mirai Shoji', 'JPY 1,320,000', 'Due 2026-03-31']))])

M(name='genuine/sompo-campaign-prize-vendor-office.eml', brand='損保ジャパン（キャンペーン事務局・委託先）', cs='utf8', cte='qp',
  tricks='genuine prize-winner notice from a campaign secretariat run by an outsourced DM/printing vendor (domain ≠ brand), asks to confirm shipping address on brand site',
  unsure='委託先 secretariat domain (invented vendor name) — brand domain sompo-japan.co.jp used only for link',
  f=('損保ジャパン アンケートキャンペーン事務局', 'sompo-cp@dm-office-example.co.jp'), to='car.owner.2020@gmail.com', date='2025-10-24 11:00',
  subj='【当選のお知らせ】損保ジャパン お客さまアンケートキャンペーン',
  auth=G('211.14.3.80', 'mail.dm-office-example.co.jp', 'sompo-cp@dm-office-example.co.jp', 'pass', [('pass', 'dm-office-example.co.jp', 'dm')], ('pass', 'none', 'dm-office-example.co.jp')),
  text='''この度は、損保ジャパン お客さまアンケートにご回答いただきありがとうございました。
厳正なる抽選の結果、QUOカード（1,000円分）にご当選されました。

賞品は、ご登録のご住所へ11月中旬に簡易書留で発送いたします。
お届け先の変更がある場合は、11月7日までに本メールにご返信ください。

キャンペーン詳細：https://www.sompo-japan.co.jp/

本キャンペーンの事務局業務は、損害保険ジャパン株式会社より委託を受けた当事務局が行っております。
損保ジャパン アンケートキャンペーン事務局（平日10:00～17:00）''')

M(name='genuine/home-logistics-delivery-subsidiary.eml', brand='ホームロジスティクス（ニトリ子会社）', cs='utf8', cte='b64',
  tricks='genuine delivery time notice from a subsidiary logistics company (brand ニトリ appears, sender domain differs)',
  unsure='sender domain homelogi.co.jp',
  f=('ホームロジスティクス', 'info@homelogi.co.jp'), to='shinkon.2025@yahoo.co.jp', date='2025-04-19 17:00',
  subj='【ホームロジスティクス】明日のお届け時間のお知らせ（ニトリ商品）',
  auth=ISP('mta-mx.mail.yahoo.co.jp', '210.239.87.50', 'mail.homelogi.co.jp', 'info@homelogi.co.jp', 'pass', [('pass', 'homelogi.co.jp', 'hl')], ('pass', 'none', 'homelogi.co.jp')),
  text='''ニトリ商品のお届けについてご案内いたします。

お届け日：4月20日（日）
お届け予定時刻：14時～16時
担当：横浜センター

ご不在となる場合は、横浜センター（045-XXX-4400）までご連絡ください。

株式会社ホームロジスティクス''')

M(name='genuine/kampo-life-procedure-complete-jis.eml', brand='かんぽ生命', cs='jis', crlf=True,
  tricks='genuine かんぽ生命 Web procedure completion (ISO-2022-JP, CRLF, CP932 ㈱ in signature)',
  unsure='sender address from jp-life.japanpost.jp',
  f=('かんぽ生命', 'info@jp-life.japanpost.jp'), to='s.ono1950@biglobe.ne.jp', date='2025-06-03 11:40',
  subj='【かんぽ生命】お手続き完了のお知らせ',
  auth=ISP('mx.biglobe.ne.jp', '210.171.160.40', 'mail.jp-life.japanpost.jp', 'info@jp-life.japanpost.jp', 'pass', [('pass', 'japanpost.jp', 'jp')], ('pass', 'none', 'jp-life.japanpost.jp')),
  text='''かんぽ生命をご利用いただきありがとうございます。

マイページでの住所変更のお手続きが完了しました。
受付日時：２０２５年６月３日　１１：３８

※かんぽ生命からお電話でＡＴＭ操作をお願いすることはございません。

㈱かんぽ生命保険''')
