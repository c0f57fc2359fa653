# -*- coding: utf-8 -*-
# phishing batch 2: crypto, securities, insurers, EC/retail
from lib import *  # noqa

M(name='phishing/bitflyer-withdrawal-confirm-lookalike.eml', brand='bitFlyer', cs='utf8', cte='b64',
  tricks='fake withdrawal confirmation with "cancel" link; look-alike bitflyer-jp.support (real bitflyer.com); BTC amount urgency; SPF/DKIM pass attacker',
  f=('bitFlyer', 'no-reply@bitflyer-jp.support'), to='crypto.kenta@gmail.com', date='2025-11-02 02:14',
  subj='【bitFlyer】暗号資産の送付を受け付けました',
  auth=G('45.61.136.9', 'mail.bitflyer-jp.support', 'no-reply@bitflyer-jp.support', 'pass', [('pass', 'bitflyer-jp.support', 'bf')], ('pass', 'none', 'bitflyer-jp.support')),
  text='''いつも bitFlyer をご利用いただきありがとうございます。

以下の内容で暗号資産の送付を受け付けました。

送付通貨：BTC
送付数量：0.48210000 BTC
送付先アドレス：bc1q9x7mfl0q3kz8d2s5hq4e7p0w9c3r6v8j2n4t5y
受付日時：2025/11/02 02:13

お心当たりがない場合は、30分以内に以下から送付をキャンセルしてください。
[[送付をキャンセルする|https://bitflyer-jp.support/ex/withdraw/cancel?id=BF88120]]

株式会社bitFlyer''', html='auto')

M(name='phishing/coincheck-2fa-reset-html-only-dmarc-fail.eml', brand='Coincheck', cs='utf8', cte='qp',
  tricks='forged coincheck.com From, SPF softfail + DMARC fail (p=quarantine) at Gmail; HTML-only; link coincheck.com-auth.top (brand as left label)',
  f=('Coincheck', 'no-reply@coincheck.com'), to='ccuser.mai@gmail.com', date='2025-08-30 23:47',
  subj='[Coincheck] 二段階認証の設定が解除されました',
  auth=G('172.86.75.33', 'coincheck.com', 'no-reply@coincheck.com', 'softfail', [], ('fail', 'quarantine', 'coincheck.com')),
  html='''<html><body style="font-family:'Hiragino Sans',sans-serif;color:#333">
<p><strong>Coincheck</strong></p>
<p>お客様のアカウントで二段階認証の設定が解除されました。</p>
<table border="0" cellpadding="4"><tr><td>日時</td><td>2025-08-30 23:41</td></tr><tr><td>IPアドレス</td><td>185.220.101.47</td></tr><tr><td>端末</td><td>Windows / Chrome</td></tr></table>
<p>この操作に心当たりがない場合は、直ちに以下からアカウントを保護してください。</p>
<p><a href="https://coincheck.com-auth.top/account/lock">アカウントをロックする</a></p>
<p>コインチェック株式会社</p></body></html>
''')

M(name='phishing/bitbank-kyc-sms-style.eml', brand='bitbank', cs='utf8', cte='8bit',
  tricks='SMS-style short text; free-mail sender (outlook.jp); short invented domain bitbnk.cc',
  f='bitbank_support2025@outlook.jp', to='t.ishikawa@i.softbank.jp', date='2025-10-10 20:20',
  subj='bitbank',
  auth=ISP('mx.softbank.jp', '40.107.74.51', 'JPN01-OS0-obe.outbound.protection.outlook.com', 'bitbank_support2025@outlook.jp', 'pass', [('pass', 'outlook.jp', 'selector1')], ('pass', 'none', 'outlook.jp')),
  text='''[bitbank] 本人確認の再提出が必要です。期限内に未対応の場合、出金が停止されます。 https://bitbnk.cc/k
''')

M(name='phishing/matsui-securities-login-alert-lookalike.eml', brand='松井証券', cs='jis',
  tricks='fake login alert with "not me" link; look-alike matsui-sec.co (real matsui.co.jp); ISO-2022-JP; attacker SPF pass',
  f=('松井証券', 'info@matsui-sec.co'), to='investor.h@nifty.com', date='2025-05-13 06:55',
  subj='【松井証券】ログインのお知らせ',
  auth=ISP('mx03.nifty.com', '94.156.64.70', 'matsui-sec.co', 'info@matsui-sec.co', 'pass', [], None),
  text='''松井証券をご利用いただきありがとうございます。

お客様の口座に以下の環境からログインがありました。

日時：2025年5月13日 06:49
環境：Android / 海外（IPアドレス：103.77.xx.xx）

ご本人によるログインでない場合は、以下から直ちにパスワードを変更してください。
https://matsui-sec.co/member/security/

松井証券株式会社''')

M(name='phishing/nomura-securities-nisa-campaign-brand-subdomain.eml', brand='野村證券', cs='utf8', cte='b64',
  tricks='NISA campaign lure promising cash gift; brand as subdomain nomura.co.jp.nisa-campaign.click; HTML button; DKIM pass attacker',
  f=('野村證券', 'campaign@nisa-campaign.click'), to='fp.nakamura@gmail.com', date='2026-01-08 12:00',
  subj='【野村證券】新NISA口座開設で現金5,000円プレゼント（本日締切）',
  auth=G('77.83.196.40', 'nisa-campaign.click', 'campaign@nisa-campaign.click', 'pass', [('pass', 'nisa-campaign.click', 'dkim1')], None),
  text='''野村證券をご利用いただきありがとうございます。

新NISA口座の登録情報確認キャンペーンを実施中です。
本日中にご登録情報を確認いただいた方全員に、現金5,000円をプレゼントいたします。

[[登録情報を確認する|https://nomura.co.jp.nisa-campaign.click/nisa/entry]]

野村證券株式会社''', html='auto')

M(name='phishing/monex-securities-compromised-sender-plain.eml', brand='マネックス証券', cs='utf8', cte='qp',
  tricks='sent from a compromised ordinary small-business domain (SPF/DKIM/DMARC all pass for that domain); display name マネックス証券; link monex-kouza.xyz',
  f=('マネックス証券', 'yoyaku@sakura-seitai-example.jp'), to='monex.user55@yahoo.co.jp', date='2025-07-15 04:33',
  subj='【マネックス証券】重要：お客様の口座情報確認について',
  auth=ISP('mta-mx.mail.yahoo.co.jp', '157.7.107.12', 'smtp.sakura-seitai-example.jp', 'yoyaku@sakura-seitai-example.jp', 'pass', [('pass', 'sakura-seitai-example.jp', 'default')], ('pass', 'none', 'sakura-seitai-example.jp')),
  text='''マネックス証券をご利用いただきありがとうございます。

不正アクセス対策として、全てのお客様に口座情報の確認をお願いしております。
下記リンクよりログインし、確認を完了してください。

https://monex-kouza.xyz/login/

確認期限：2025年7月18日

マネックス証券株式会社''')

M(name='phishing/nippon-life-benefit-payment-sjis.eml', brand='日本生命', cs='sjis', cte='8bit',
  tricks='給付金 (benefit) payment lure requiring bank details; Shift_JIS 8bit; look-alike nissay-kyufu.com (real nissay.co.jp); DMARC none',
  f=('日本生命保険相互会社', 'kyufu@nissay-kyufu.com'), to='haha.tomoko@gmail.com', date='2025-09-17 10:45',
  subj='【日本生命】未請求の給付金がございます',
  auth=G('89.185.84.102', 'nissay-kyufu.com', 'kyufu@nissay-kyufu.com', 'pass', [], None),
  text='''日本生命をご契約いただき、誠にありがとうございます。

お客様のご契約において、未請求の給付金（入院給付金　32,000円）があることが判明いたしました。
下記の専用ページより、受取口座のご登録をお願いいたします。

https://nissay-kyufu.com/seikyu/?no=N2025091744

受付期限：2025年9月30日

日本生命保険相互会社　お客様サービスセンター''')

M(name='phishing/dai-ichi-life-mypage-official-linktext.eml', brand='第一生命', cs='utf8', cte='b64',
  tricks='HTML anchor text shows https://www.dai-ichi-life.co.jp/ while href goes to dai1-life-mypage.com; forged display name; SPF pass attacker',
  f=('第一生命', 'mypage@dai1-life-mypage.com'), to='k.morita@ocn.ne.jp', date='2025-12-01 09:10',
  subj='【第一生命】マイページ 登録情報更新のお願い',
  auth=ISP('mx.ocn.ne.jp', '195.133.40.8', 'dai1-life-mypage.com', 'mypage@dai1-life-mypage.com', 'pass', [], None),
  text='''第一生命をご利用いただきありがとうございます。

マイページのシステム更新に伴い、ご登録情報の再確認をお願いしております。

[[https://www.dai-ichi-life.co.jp/|https://dai1-life-mypage.com/mypage/update]]

第一生命保険株式会社''', html='auto')

M(name='phishing/kampo-life-refund-callback.eml', brand='かんぽ生命', cs='jis',
  tricks='refund/overpayment call-back scam: phone number only, no URL; sender kampo-henkin.jp look-alike; ISO-2022-JP; CP932 ① numbering',
  f=('かんぽ生命保険', 'info@kampo-henkin.jp'), to='s.ono1950@biglobe.ne.jp', date='2025-06-04 13:25',
  subj='【かんぽ生命】保険料過払い金返還のお知らせ',
  auth=ISP('mx.biglobe.ne.jp', '193.31.116.20', 'kampo-henkin.jp', 'info@kampo-henkin.jp', 'pass', [], None),
  text='''ご契約者様

調査の結果、お客様の保険料に過払いが発生していることが判明いたしました。
返還金：４８，６００円

返還手続きは以下の手順でお願いいたします。
①下記お客様専用ダイヤルへお電話ください
②担当者の案内に従いATMにてお手続きください

お客様専用ダイヤル：03-6869-41XX（平日9時～17時）
受付期限：6月10日

株式会社かんぽ生命保険　返還金担当''')

M(name='phishing/sompo-japan-accident-claim-html-attachment.eml', brand='損保ジャパン', cs='utf8', cte='b64',
  tricks='HTML attachment (fake claim form posting credentials + card number); look-alike sompo-jp-claim.com; Braze-like tracking URL in body',
  f=('損保ジャパン 保険金サービス課', 'claim@sompo-jp-claim.com'), to='car.owner.2020@gmail.com', date='2025-10-27 17:02',
  subj='【損保ジャパン】保険金お支払い手続きのご案内（書類添付）',
  auth=G('146.70.120.6', 'sompo-jp-claim.com', 'claim@sompo-jp-claim.com', 'pass', [('pass', 'sompo-jp-claim.com', 's2025')], None),
  text='''お客様各位

先日ご連絡いただきました事故につきまして、保険金のお支払い準備が整いました。
添付の「保険金請求書」を開き、お振込先口座とご本人確認情報をご入力ください。

損害保険ジャパン株式会社
保険金サービス課''',
  atts=[('hokenkin_seikyu.html', 'text/html', '''<html><head><meta charset="utf-8"><title>保険金請求書</title></head><body>
<h2>保険金請求書（損保ジャパン）</h2><form action="https://sompo-jp-claim.com/api/claim" method="post">
氏名<input name="n"><br>銀行名<input name="b"><br>口座番号<input name="a"><br>暗証番号<input type="password" name="p"><br>
ご本人確認用クレジットカード番号<input name="c"><br><input type="submit" value="送信"></form></body></html>''')])

M(name='phishing/yodobashi-order-cancel-lookalike.eml', brand='ヨドバシカメラ', cs='utf8', cte='b64',
  tricks='fake order confirmation with cancel link; look-alike yodobashi-order.com (real yodobashi.com); multipart/alternative; attacker SPF/DKIM pass',
  f=('ヨドバシ・ドット・コム', 'thanks_gochuumon@yodobashi-order.com'), to='gadget.ryo@gmail.com', date='2025-11-24 01:02',
  subj='ヨドバシ・ドット・コム：ご注文ありがとうございます',
  auth=G('91.219.236.77', 'mail.yodobashi-order.com', 'thanks_gochuumon@yodobashi-order.com', 'pass', [('pass', 'yodobashi-order.com', 'mail')], ('pass', 'none', 'yodobashi-order.com')),
  text='''このたびはヨドバシ・ドット・コムをご利用いただき、誠にありがとうございます。
以下の内容でご注文を承りました。

【ご注文番号】 8812734501
【商品】 Apple iPhone 17 Pro 512GB ×2
【お支払い金額】 ￥459,600
【お支払い方法】 クレジットカード

ご注文に心当たりのない場合は、下記よりキャンセル手続きを行ってください。
[[ご注文のキャンセル|https://yodobashi-order.com/ec/order/cancel?no=8812734501]]

ヨドバシ・ドット・コム''', html='auto')

M(name='phishing/biccamera-point-expiry-brand-subdomain.eml', brand='ビックカメラ', cs='utf8', cte='qp',
  tricks='point-expiry lure; brand as subdomain biccamera.com.point-jp.sbs; HTML only; DMARC none',
  f=('ビックカメラ', 'point@point-jp.sbs'), to='nagoya.yumi@docomo.ne.jp', date='2026-03-28 19:30',
  subj='【ビックカメラ】ビックポイント12,850ポイントが本日失効します',
  auth=ISP('mfsmax.docomo.ne.jp', '5.253.18.22', 'point-jp.sbs', 'point@point-jp.sbs', 'pass', [], None),
  html='''<html><body style="font-family:sans-serif">
<p style="color:#e60012;font-size:20px;font-weight:bold">BicCamera</p>
<p>いつもビックカメラをご利用いただきありがとうございます。</p>
<p>お客様の保有ポイント <b style="color:#e60012">12,850ポイント</b> が<b>本日23:59</b>に失効いたします。</p>
<p>ポイントを延長するには、以下からログインしてください。</p>
<p><a href="https://biccamera.com.point-jp.sbs/member/point">ポイントを延長する</a></p>
<p style="font-size:11px">株式会社ビックカメラ</p>
</body></html>
''')

M(name='phishing/zozotown-account-lock-punycode.eml', brand='ZOZOTOWN', cs='utf8', cte='b64',
  tricks='punycode host xn--zozwn-2ra.jp in href (looks like zozo-town with accent); account lock lure; DKIM pass attacker',
  f=('ZOZOTOWN', 'info@xn--zozwn-2ra.jp'), to='fashion.sakura@gmail.com', date='2025-07-07 07:07',
  subj='【ZOZOTOWN】アカウントがロックされました',
  auth=G('92.119.177.31', 'mail.xn--zozwn-2ra.jp', 'info@xn--zozwn-2ra.jp', 'pass', [('pass', 'xn--zozwn-2ra.jp', 'k')], None),
  text='''ZOZOTOWNをご利用いただきありがとうございます。

複数回のログイン失敗により、お客様のアカウントをロックしました。
ロックを解除するには、以下のリンクから本人確認を行ってください。

[[ロックを解除する|https://xn--zozwn-2ra.jp/member/unlock]]

株式会社ZOZO''', html='auto')

M(name='phishing/uniqlo-prize-survey-freemail.eml', brand='ユニクロ', cs='utf8', cte='b64',
  tricks='prize/survey lure (抽選で当選, pay shipping only); Gmail free-mail sender; link uniqlo-anniv.shop',
  f=('UNIQLO 感謝祭事務局', 'uniqlo.kanshasai.jimukyoku@gmail.com'), to='m.fujita@icloud.com', date='2025-11-20 11:11',
  subj='【ユニクロ】感謝祭アンケートご当選のお知らせ',
  auth=ISP('mx.icloud.com', '209.85.216.54', 'mail-pj1-f54.google.com', 'uniqlo.kanshasai.jimukyoku@gmail.com', 'pass', [('pass', 'gmail.com', '20230601')], ('pass', 'none', 'gmail.com')),
  text='''おめでとうございます！

ユニクロ感謝祭アンケートにご回答いただいたお客様の中から、抽選で
「ウルトラライトダウン」が当選いたしました。
送料（330円）のお支払いのみで商品をお届けいたします。

[[受取手続きはこちら|https://uniqlo-anniv.shop/present/receive]]

※24時間以内にお手続きがない場合、当選は無効となります。

UNIQLO 感謝祭事務局''', html='auto')

M(name='phishing/nitori-delivery-fee-shortener.eml', brand='ニトリ', cs='jis',
  tricks='delivery re-arrangement fee lure; URL shortener-style invented domain nt-ri.co; ISO-2022-JP plain',
  f=('ニトリネット', 'delivery@nitori-haisou.net'), to='shinkon.2025@yahoo.co.jp', date='2025-04-18 15:30',
  subj='【ニトリ】お届け日程の再調整について',
  auth=ISP('mta-mx.mail.yahoo.co.jp', '45.134.26.90', 'nitori-haisou.net', 'delivery@nitori-haisou.net', 'pass', [], None),
  text='''ニトリネットをご利用いただきありがとうございます。

ご注文の商品（ベッドフレーム・マットレス）につきまして、ご不在のため配送できませんでした。
再配達には再配送手数料（550円）のお支払いが必要です。

再配達のお申込み：https://nt-ri.co/rd8Kq

株式会社ニトリ　配送センター''')

M(name='phishing/muji-passport-html-linktext-dmarc-fail.eml', brand='無印良品', cs='utf8', cte='b64',
  tricks='forged muji.net From failing DMARC (p=none per AR); HTML link text https://www.muji.com/jp/ja/ with href muji-passport.info',
  f=('無印良品', 'info@muji.net'), to='natural.life@gmail.com', date='2026-02-19 20:45',
  subj='【無印良品】MUJI passport 会員情報確認のお願い',
  auth=G('85.209.11.27', 'muji.net', 'info@muji.net', 'fail', [], ('fail', 'none', 'muji.net')),
  text='''いつも無印良品をご利用いただきありがとうございます。

MUJI passport のシステム移行に伴い、会員情報の確認をお願いしております。
確認がない場合、保有マイルおよびクーポンが失効します。

[[https://www.muji.com/jp/ja/|https://muji-passport.info/login]]

株式会社良品計画''', html='auto')

M(name='phishing/yahoo-shopping-store-message-lookalike.eml', brand='Yahoo!ショッピング', cs='utf8', cte='qp',
  tricks='fake "store payment not confirmed" message; look-alike shopping-yahoo.co.jp.pay-kakunin.com (brand labels as subdomain); quoted-printable',
  f=('Yahoo!ショッピング', 'store-info@pay-kakunin.com'), to='shopping.tomo@yahoo.co.jp', date='2025-12-12 22:02',
  subj='【Yahoo!ショッピング】お支払い情報の確認が取れませんでした',
  auth=ISP('mta-mx.mail.yahoo.co.jp', '188.166.94.3', 'pay-kakunin.com', 'store-info@pay-kakunin.com', 'pass', [], None),
  text='''Yahoo!ショッピングをご利用いただきありがとうございます。

ご注文（注文番号：store-10294481）のお支払い情報が確認できませんでした。
以下からお支払い情報を更新してください。更新がない場合、ご注文はキャンセルされます。

https://shopping-yahoo.co.jp.pay-kakunin.com/order/pay

Yahoo!ショッピング''')

M(name='phishing/au-pay-market-coupon-html-only.eml', brand='au PAY マーケット', cs='utf8', cte='b64',
  tricks='coupon lure; HTML-only with image-like styled button; look-alike aupay-market.shop; DMARC none',
  f=('au PAY マーケット', 'coupon@aupay-market.shop'), to='au.taro@au.com', date='2025-08-08 08:08',
  subj='【au PAY マーケット】お客様限定 最大50％OFFクーポン発行のお知らせ',
  auth=ISP('mx.au.com', '45.140.17.88', 'aupay-market.shop', 'coupon@aupay-market.shop', 'pass', [], None),
  html='''<html><body style="background:#f5f5f5"><div style="background:#fff;max-width:600px;margin:auto;padding:16px;font-family:sans-serif">
<p style="color:#eb5505;font-weight:bold;font-size:18px">au PAY マーケット</p>
<p>お客様限定クーポンを発行しました。クーポンの受取には au ID でのログインが必要です。</p>
<p><a href="https://aupay-market.shop/auid/login?coupon=50off" style="display:block;background:#eb5505;color:#fff;text-align:center;padding:14px">クーポンを受け取る</a></p>
<p style="font-size:11px;color:#888">配信停止をご希望の方はこちら</p></div></body></html>
''')

M(name='phishing/rakuma-sales-proceeds-euc.eml', brand='楽天ラクマ', cs='euc', cte='8bit',
  tricks='sales proceeds (売上金) expiry lure; EUC-JP 8bit; look-alike rakuma-uriage.com',
  f=('楽天ラクマ', 'info@rakuma-uriage.com'), to='furugi.mika@gmail.com', date='2025-09-03 18:18',
  subj='【ラクマ】売上金の振込申請期限のお知らせ',
  auth=G('185.196.9.150', 'rakuma-uriage.com', 'info@rakuma-uriage.com', 'pass', [], None),
  text='''ラクマをご利用いただきありがとうございます。

お客様の売上金 18,420円 の振込申請期限が近づいています。
期限を過ぎると売上金はポイントに変換されず失効します。

振込申請：https://rakuma-uriage.com/sales/withdraw

楽天ラクマ事務局''')

M(name='phishing/yamada-denki-warranty-compromised-sender.eml', brand='ヤマダ電機', cs='utf8', cte='b64',
  tricks='compromised ordinary sender (small dental clinic domain, all auth pass); display name ヤマダデンキ; extended-warranty renewal lure',
  f=('ヤマダデンキ', 'info@hikari-dental-example.jp'), to='kaden.love@gmail.com', date='2026-04-09 09:30',
  subj='ヤマダデンキ 長期保証サービス更新のご案内',
  auth=G('133.242.160.21', 'www3020.sakura.ne.jp', 'info@hikari-dental-example.jp', 'pass', [('pass', 'hikari-dental-example.jp', 'rs20240101')], ('pass', 'none', 'hikari-dental-example.jp')),
  text='''ヤマダデンキをご利用いただきありがとうございます。

お客様がご加入中の長期保証サービスの更新時期となりました。
更新手続きがない場合、保証は自動的に終了いたします。

[[更新手続きはこちら|https://yamada-hosyou.net/renew]]

株式会社ヤマダデンキ''', html='auto')
