# -*- coding: utf-8 -*-
# phishing batch 4: utilities, government, co-op, credit cards, logistics
from lib import *  # noqa

M(name='phishing/tokyo-gas-refund-lookalike-html.eml', brand='東京ガス', cs='utf8', cte='b64',
  tricks='overcharge refund lure asking for card details; look-alike mytokyogas-refund.com (real tokyo-gas.co.jp / members.tokyo-gas.co.jp); HTML',
  f=('東京ガス', 'info@mytokyogas-refund.com'), to='setagaya.mama@gmail.com', date='2025-02-20 10:10',
  subj='【東京ガス】ガス料金の過請求に伴う返金のお知らせ',
  auth=G('45.142.214.8', 'mytokyogas-refund.com', 'info@mytokyogas-refund.com', 'pass', [('pass', 'mytokyogas-refund.com', 'dk')], None),
  text='''いつも東京ガスをご利用いただきありがとうございます。

システム不具合により、お客さまの1月分ガス料金が過請求となっておりました。
深くお詫び申し上げます。差額（3,218円）を返金いたしますので、以下より受取手続きをお願いいたします。

[[返金手続きはこちら（myTOKYOGAS）|https://mytokyogas-refund.com/henkin]]

東京ガス株式会社''', html='auto')

M(name='phishing/osaka-gas-supply-stop-sjis.eml', brand='大阪ガス', cs='sjis', cte='8bit',
  tricks='supply-stop threat for unpaid bill; Shift_JIS 8bit; look-alike osakagas-pay.net (real osakagas.co.jp)',
  f=('大阪ガス', 'kakin@osakagas-pay.net'), to='naniwa.k@zeus.eonet.ne.jp', date='2025-12-03 17:30',
  subj='【大阪ガス】ガス供給停止予告のお知らせ',
  auth=ISP('mx.eonet.ne.jp', '91.215.152.40', 'osakagas-pay.net', 'kakin@osakagas-pay.net', 'pass', [], None),
  text='''大阪ガスをご利用のお客さま

11月分のガス料金のお支払いが確認できておりません。
12月5日までにお支払いが確認できない場合、ガスの供給を停止させていただきます。

お支払いはこちら：https://osakagas-pay.net/bill/

大阪ガス株式会社　料金センター''')

M(name='phishing/tokyo-waterworks-unpaid-lgjp-lookalike.eml', brand='東京都水道局', cs='jis',
  tricks='fake municipal water bureau; look-alike domain suido-tokyo-lg.jp.net imitating lg.jp; ISO-2022-JP; CP932 ① chars',
  f=('東京都水道局', 'info@suido-tokyo-lg.jp.net'), to='nerima.h@nifty.com', date='2025-06-16 09:00',
  subj='【東京都水道局】水道料金未納による給水停止のお知らせ',
  auth=ISP('mx02.nifty.com', '5.42.92.130', 'suido-tokyo-lg.jp.net', 'info@suido-tokyo-lg.jp.net', 'pass', [], None),
  text='''お客様各位

水道料金のお支払いが確認できておりません。
下記の期限までにお支払いがない場合、給水を停止いたします。

①未納額：８，９６０円
②お支払い期限：２０２５年６月１９日
③お支払い方法：下記のオンライン窓口（クレジットカード）

https://suido-tokyo-lg.jp.net/payment/

東京都水道局　お客さまセンター''')

M(name='phishing/kepco-hapi-e-miru-den-point.eml', brand='関西電力（はぴeみる電）', cs='utf8', cte='qp',
  tricks='はぴeポイント expiry lure; brand as subdomain kepco.co.jp.hapie-point.top; quoted-printable HTML+text',
  f=('はぴeみる電', 'point@hapie-point.top'), to='kyoto.misaki@gmail.com', date='2026-03-30 20:00',
  subj='【関西電力】はぴeポイント失効のお知らせ',
  auth=G('193.233.20.15', 'hapie-point.top', 'point@hapie-point.top', 'pass', [], None),
  text='''はぴeみる電をご利用いただきありがとうございます。

お客さまの保有はぴeポイント（4,500ポイント）が3月31日に失効します。
以下からログインし、ポイント交換のお手続きをお願いいたします。

[[ポイントを交換する|https://kepco.co.jp.hapie-point.top/login]]

関西電力株式会社''', html='auto')

M(name='phishing/furusato-nozei-deduction-form-lookalike.eml', brand='ふるさと納税', cs='utf8', cte='b64',
  tricks='ワンストップ特例 application lure right before deadline; look-alike furusato-onestop.jp.net; asks My Number card PIN',
  f=('ふるさと納税 ワンストップ特例受付センター', 'onestop@furusato-onestop.jp.net'), to='nouzei.2025@gmail.com', date='2026-01-07 08:30',
  subj='【ふるさと納税】ワンストップ特例申請書が未提出です（1月10日締切）',
  auth=G('77.90.185.12', 'furusato-onestop.jp.net', 'onestop@furusato-onestop.jp.net', 'pass', [('pass', 'furusato-onestop.jp.net', 'a')], None),
  text='''ふるさと納税をご利用いただきありがとうございます。

2025年にご寄附いただいた自治体へのワンストップ特例申請書が未提出となっております。
1月10日までにオンライン申請を完了しない場合、税額控除が受けられません。

オンライン申請（マイナンバーカードの暗証番号が必要です）
[[オンライン申請へ進む|https://furusato-onestop.jp.net/apply]]

ふるさと納税 ワンストップ特例受付センター''', html='auto')

M(name='phishing/nenkin-kikou-refund-jis.eml', brand='日本年金機構', cs='jis',
  tricks='pension refund lure; look-alike nenkin-go-jp.com (real nenkin.go.jp); ISO-2022-JP; official-looking address block',
  f=('日本年金機構', 'kyufu@nenkin-go-jp.com'), to='s.matsumoto1955@biglobe.ne.jp', date='2025-09-24 10:00',
  subj='【日本年金機構】年金の追加支給に関するお知らせ',
  auth=ISP('mx.biglobe.ne.jp', '147.45.47.90', 'nenkin-go-jp.com', 'kyufu@nenkin-go-jp.com', 'pass', [], None),
  text='''年金受給者様

年金記録の再確認の結果、お客様に追加支給額（５６，３００円）があることが判明しました。
受取口座の確認のため、以下のページから必要事項をご入力ください。

https://nenkin-go-jp.com/kyufu/kakunin

※受付期限：２０２５年９月３０日

日本年金機構
〒168-8505　東京都杉並区高井戸西３－５－２４''')

M(name='phishing/mynumber-point-html-only-dmarc-fail.eml', brand='マイナポイント（デジタル庁）', cs='utf8', cte='b64',
  tricks='forged digital.go.jp From failing SPF/DMARC (p=reject per AR; a permissive receiver delivered it); HTML-only; link mynapoint-jp.com',
  f=('デジタル庁', 'info@digital.go.jp'), to='myna.kazuya@gmail.com', date='2025-05-02 11:20',
  subj='【マイナポイント】最大20,000円分のポイント申込期限のお知らせ',
  auth=G('185.234.216.61', 'digital.go.jp', 'info@digital.go.jp', 'fail', [], ('fail', 'reject', 'digital.go.jp')),
  html='''<html><body style="font-family:sans-serif">
<p><b>マイナポイント事業</b></p>
<p>マイナンバーカードをお持ちの方を対象に、最大20,000円分のマイナポイントを付与しております。</p>
<p>お申込み期限が迫っておりますので、以下よりお申込みください。</p>
<p><a href="https://mynapoint-jp.com/apply/">https://mynumbercard.point.soumu.go.jp/</a></p>
<p>デジタル庁</p></body></html>
''')

M(name='phishing/nta-etax-unpaid-tax-shortener-sms.eml', brand='国税庁（e-Tax）', cs='utf8', cte='8bit',
  tricks='SMS-style tax arrears (未納) notice; sent from a consumer carrier mailbox (au.com, auth pass); short invented domain nta-kk.top',
  f='nta.tokusoku@au.com', to='k.yamaguchi@gmail.com', date='2026-02-16 12:40',
  subj='国税庁',
  auth=G('111.86.141.71', 'mx-out.au.com', 'nta.tokusoku@au.com', 'pass', [('pass', 'au.com', 'au2020')], ('pass', 'none', 'au.com')),
  text='''【国税庁】未納税金のお支払い最終通知です。本日中にお手続きがない場合、財産差押えを行います。https://nta-kk.top/z
''')

M(name='phishing/nta-etax-refund-official-linktext.eml', brand='国税庁（e-Tax）', cs='utf8', cte='b64',
  tricks='tax refund (還付金) lure; HTML link text https://www.e-tax.nta.go.jp/ while href goes to etax-kanpu.com; display name 国税庁',
  f=('国税庁 e-Tax', 'kanpu@etax-kanpu.com'), to='freelance.mio@gmail.com', date='2026-04-14 09:45',
  subj='【e-Tax】所得税の還付金受取手続きのご案内',
  auth=G('45.11.57.201', 'etax-kanpu.com', 'kanpu@etax-kanpu.com', 'pass', [], None),
  text='''確定申告書等作成コーナーをご利用いただきありがとうございます。

令和7年分所得税の還付金（28,100円）の受取手続きが完了しておりません。
以下のe-Taxページより受取口座をご入力ください。

[[https://www.e-tax.nta.go.jp/|https://etax-kanpu.com/refund/input]]

国税庁''', html='auto')

M(name='phishing/city-hall-benefit-kyufukin-euc.eml', brand='市役所（給付金）', cs='euc', cte='8bit',
  tricks='fake municipal benefit (物価高騰対策給付金) notice; EUC-JP; sender city-kyufu.jp look-alike of lg.jp',
  f=('市役所 給付金担当', 'kyufu@city-kyufu.jp'), to='kosodate.yui@gmail.com', date='2025-10-20 13:00',
  subj='【重要】物価高騰対策給付金（3万円）支給のお知らせ',
  auth=G('37.120.247.14', 'city-kyufu.jp', 'kyufu@city-kyufu.jp', 'pass', [], None),
  text='''住民の皆様へ

物価高騰対策として、世帯あたり３万円の給付金を支給いたします。
下記より申請手続きを行ってください。申請がない場合、給付を受けられません。

申請ページ：https://city-kyufu.jp/shinsei/

○○市役所　給付金担当窓口''')

M(name='phishing/pal-system-order-stop-lookalike.eml', brand='パルシステム（生協）', cs='utf8', cte='b64',
  tricks='co-op (生協) delivery order suspension lure; look-alike palsystem-order.net (real pal-system.co.jp); DKIM pass attacker',
  f=('パルシステム', 'order@palsystem-order.net'), to='kodomo.3nin@gmail.com', date='2025-11-26 07:30',
  subj='【パルシステム】ご注文受付停止のお知らせ',
  auth=G('62.133.60.40', 'palsystem-order.net', 'order@palsystem-order.net', 'pass', [('pass', 'palsystem-order.net', 's')], None),
  text='''パルシステムをご利用いただきありがとうございます。

口座振替の登録内容に不備があったため、次回からのご注文受付を停止しております。
以下より登録内容を更新してください。

[[登録内容を更新する|https://palsystem-order.net/member/bank]]

パルシステム生活協同組合連合会''', html='auto')

M(name='phishing/coopdeli-point-compromised-sender.eml', brand='コープデリ（生協）', cs='jis',
  tricks='compromised ordinary sender (school PTA domain, SPF/DKIM pass); display name コープデリ; ISO-2022-JP',
  f=('コープデリ', 'pta@minami-sho-example.ed.jp'), to='a.kobayashi@jcom.home.ne.jp', date='2025-08-27 16:16',
  subj='【コープデリ】ポイント交換期限のお知らせ',
  auth=ISP('mx.jcom.home.ne.jp', '150.95.219.40', 'mail.minami-sho-example.ed.jp', 'pta@minami-sho-example.ed.jp', 'pass', [('pass', 'minami-sho-example.ed.jp', 'default')], ('pass', 'none', 'minami-sho-example.ed.jp')),
  text='''コープデリをご利用いただきありがとうございます。

組合員様の保有ポイント（２，４００ポイント）の交換期限が８月３１日までとなっております。
以下からログインのうえ、ポイント交換をお願いいたします。

https://coopdeli-point.shop/mypage

コープデリ生活協同組合連合会''')

M(name='phishing/lifecard-usage-confirm-brand-subdomain.eml', brand='ライフカード', cs='utf8', cte='b64',
  tricks='usage confirmation lure; brand as subdomain lifecard.co.jp.riyou-kakunin.top; multipart/alternative',
  f=('ライフカード', 'info@riyou-kakunin.top'), to='card.shinji@gmail.com', date='2025-07-09 00:15',
  subj='【ライフカード】カードご利用確認のお願い',
  auth=G('45.9.148.101', 'riyou-kakunin.top', 'info@riyou-kakunin.top', 'pass', [], None),
  text='''ライフカードをご利用いただきありがとうございます。

お客様のカードにおいて、第三者による不正利用の可能性があるお取引を検知しました。
カードのご利用を一時的に制限しております。ご利用内容の確認をお願いいたします。

[[ご利用内容を確認する|https://lifecard.co.jp.riyou-kakunin.top/LIFE/login]]

ライフカード株式会社''', html='auto')

M(name='phishing/orico-eorico-password-zip-invoice.eml', brand='オリコ', cs='jis',
  tricks='password-ZIP attachment (encrypted entry named like a statement but .js inside) + password in same mail; look-alike orico-eorico.com; ISO-2022-JP',
  f=('オリコ', 'eorico@orico-eorico.com'), to='ueda.kenji@ocn.ne.jp', date='2025-10-09 09:55',
  subj='【オリコ】ご利用代金明細書のご送付',
  auth=ISP('mx.ocn.ne.jp', '45.66.230.5', 'orico-eorico.com', 'eorico@orico-eorico.com', 'pass', [], None),
  text='''オリコカードをご利用いただきありがとうございます。

今月のご利用代金明細書を送付いたします。
添付ファイルはパスワード付きZIPです。

パスワード：orico1009

株式会社オリエントコーポレーション''',
  atts=[('meisai_202510.zip', 'application/zip', zip_encrypted('ご利用代金明細書_202510.pdf.js', b'var x="";' * 20, 'orico'))])

M(name='phishing/jaccs-card-html-only-shortener.eml', brand='ジャックス', cs='utf8', cte='qp',
  tricks='HTML-only; link via URL shortener-style invented domain jcs.ink/..; display name JACCS; DMARC none',
  f=('JACCS', 'info@jaccs-member.net'), to='kyushu.fumi@gmail.com', date='2025-12-18 19:19',
  subj='【JACCS】カード利用停止のお知らせ',
  auth=G('185.106.94.33', 'jaccs-member.net', 'info@jaccs-member.net', 'pass', [], None),
  html='''<html><body style="font-family:sans-serif">
<p>JACCSカードをご利用のお客様</p>
<p>お支払い口座の残高不足により、カードのご利用を停止しております。<br>
以下よりお支払い方法を変更してください。</p>
<p><a href="https://jcs.ink/7YqP">お支払い方法の変更はこちら</a></p>
<p>株式会社ジャックス</p></body></html>
''')

M(name='phishing/aplus-card-display-name-address-spoof.eml', brand='アプラス', cs='utf8', cte='b64',
  tricks='display name contains an official-looking address "アプラス <info@aplus.co.jp>" while actual sender is aplus@secure-pay-info.com',
  f=('アプラス <info@aplus.co.jp>', 'aplus@secure-pay-info.com'), to='nagano.yoshi@gmail.com', date='2026-01-22 11:00',
  subj='【アプラス】お客様情報の確認のお願い',
  auth=G('194.180.48.19', 'secure-pay-info.com', 'aplus@secure-pay-info.com', 'pass', [], None),
  text='''いつもアプラスカードをご利用いただきありがとうございます。

お客様情報の確認が必要となっております。
確認がとれない場合はカードの利用を制限させていただきます。

[[お客様情報を確認する|https://secure-pay-info.com/aplus/member]]

株式会社アプラス''', html='auto')

M(name='phishing/cedyna-oms-full-width-url-sjis.eml', brand='セディナ', cs='sjis', cte='8bit',
  tricks='Shift_JIS; full-width URL text (ｈｔｔｐｓ：／／ｃｅｄｙｎａ－ｏｍｓ．ｃｏｍ) to evade link extraction; OMS login lure',
  f=('セディナ', 'oms@cedyna-oms.com'), to='osaka.jun@yahoo.co.jp', date='2025-05-27 08:45',
  subj='【セディナ】OMSログイン情報の確認',
  auth=ISP('mta-mx.mail.yahoo.co.jp', '91.199.147.20', 'cedyna-oms.com', 'oms@cedyna-oms.com', 'pass', [], None),
  text='''セディナカードをご利用いただきありがとうございます。

ＯＭＳのセキュリティ強化に伴い、ログイン情報の確認をお願いしております。
以下のＵＲＬをコピーしてブラウザに貼り付けてください。

ｈｔｔｐｓ：／／ｃｅｄｙｎａ－ｏｍｓ．ｃｏｍ／ｌｏｇｉｎ

株式会社セディナ''')

M(name='phishing/seino-delivery-address-confirm.eml', brand='西濃運輸', cs='utf8', cte='b64',
  tricks='logistics address confirmation lure; look-alike seino-kakunin.com (real seino.co.jp); customs fee 220円',
  f=('西濃運輸', 'info@seino-kakunin.com'), to='a.hirano@gmail.com', date='2025-09-02 14:25',
  subj='【西濃運輸】お荷物のお届け先住所確認のお願い',
  auth=G('91.92.250.70', 'seino-kakunin.com', 'info@seino-kakunin.com', 'pass', [], None),
  text='''西濃運輸をご利用いただきありがとうございます。

お客様宛のお荷物（お問合せ番号：4820-1193-7731）は、住所不備のためお届けできませんでした。
以下より住所を確認し、再配達手数料（220円）をお支払いください。

[[住所を確認する|https://seino-kakunin.com/track/?no=482011937731]]

西濃運輸株式会社''', html='auto')

M(name='phishing/fukuyama-tsuun-redelivery-sms-style.eml', brand='福山通運', cs='utf8', cte='8bit',
  tricks='SMS-style text; free-mail sender; short invented domain fkym-tsuun.cc',
  f='fukuyama.haitatsu01@gmail.com', to='k.ueno@ezweb.ne.jp', date='2026-04-22 17:47',
  subj='福山通運',
  auth=ISP('mx.au.com', '209.85.210.47', 'mail-ot1-f47.google.com', 'fukuyama.haitatsu01@gmail.com', 'pass', [('pass', 'gmail.com', '20230601')], ('pass', 'none', 'gmail.com')),
  text='''福山通運です。お荷物をお届けに上がりましたが不在のため持ち帰りました。ご確認ください。https://fkym-tsuun.cc/t
''')

M(name='phishing/japanpost-e-tenkyo-lookalike-jis.eml', brand='日本郵便 e転居', cs='jis',
  tricks='e転居 (change of address) expiry lure; look-alike e-tenkyo-japanpost.com; ISO-2022-JP; asks My Number card info',
  f=('日本郵便 e転居', 'e-tenkyo@e-tenkyo-japanpost.com'), to='hikkoshi.nao@nifty.com', date='2026-03-12 10:30',
  subj='【日本郵便】e転居 転送サービス期限切れのお知らせ',
  auth=ISP('mx01.nifty.com', '95.214.27.188', 'e-tenkyo-japanpost.com', 'e-tenkyo@e-tenkyo-japanpost.com', 'pass', [], None),
  text='''e転居をご利用いただきありがとうございます。

お客様の転居・転送サービスの有効期限が切れております。
郵便物の転送を継続するには、以下から再登録をお願いいたします。
再登録にはマイナンバーカードの情報が必要です。

https://e-tenkyo-japanpost.com/welcometown/

日本郵便株式会社''')
