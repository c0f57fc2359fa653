# Phishing batch 4: more platforms, cards, rail, retail points, BEC/IT, odd encodings.
from lib import *

D = "Thu, 16 Jan 2025 20:00:00 +0900"
M("phishing/icloud-storage-payment-fail-eucjp.eml", "Apple (iCloud)",
  "iCloud storage payment-failure lure; EUC-JP 8bit; invented icloud-billing-jp.com; photos-deleted threat",
  addr("iCloud", "noreply@icloud-billing-jp.com", "euc-jp"), "m.inoue@icloud.com",
  "iCloudストレージのお支払いに失敗しました", D,
  text="""お客様のiCloudストレージプランのお支払いができませんでした。

お支払い情報が更新されない場合、iCloudに保存されている写真、ビデオ、書類は
2025年1月18日に削除されます。

お支払い情報を更新する：https://icloud-billing-jp.com/billing

Apple Japan
""", cs="euc-jp", cte="8bit",
  trace=G("m.inoue@icloud.com", "srv.icloud-billing-jp.com", "185.73.124.20", D, "icloud-billing-jp.com", "icloud-billing-jp.com", dmarc=None))

D = "Tue, 28 Jan 2025 10:30:00 +0900"
M("phishing/gmail-workspace-quota-internal-spoof.eml", "Google Workspace",
  "fake Google Workspace storage-quota warning, display name 'Google Workspace' with sender on a compromised WordPress site domain; link to invented googIe-workspace.com (capital I for l)",
  addr("Google Workspace", "wordpress@cafe-hidamari.jp"), "nakagawa@kitano-shoji.co.jp",
  "ストレージ容量の警告：メールを受信できなくなります", D,
  text="""お使いのアカウントのストレージ容量が99%に達しました。
まもなく新しいメールを受信できなくなります。

無料で容量を追加するには、以下からサインインしてください。
https://googIe-workspace.com/storage/add

Google Workspace チーム
""", cte="base64",
  trace=MS("nakagawa@kitano-shoji.co.jp", "sv2201.lolipop-server.jp", "157.7.144.21", D, "cafe-hidamari.jp", "cafe-hidamari.jp",
           dkim="none", dmarc="none", compauth="softpass", reason=201))

D = "Fri, 07 Feb 2025 11:00:00 +0900"
M("phishing/instagram-copyright-violation.eml", "Instagram (Meta)",
  "Meta copyright-violation lure in Japanese with English boilerplate; link on invented meta-appeal-center.com; HTML",
  addr("Meta for Business", "appeal@meta-appeal-center.com"), "y.ishida@gmail.com",
  "【重要】あなたのInstagramアカウントは著作権侵害で削除されます", D,
  html="""<html><body><p>あなたのアカウントの投稿が著作権を侵害していると報告されました。</p>
<p>48時間以内に異議申し立てを行わない場合、アカウントは完全に削除されます。</p>
<p><a href="https://meta-appeal-center.com/appeal/ig">異議申し立てをする</a></p>
<p style="font-size:10px">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p></body></html>
""", cte="base64",
  trace=G("y.ishida@gmail.com", "mail.meta-appeal-center.com", "45.138.16.9", D, "meta-appeal-center.com", "meta-appeal-center.com",
          dkim=[("meta-appeal-center.com", "pass")], dmarc="pass"))

D = "Mon, 17 Feb 2025 09:15:00 +0900"
M("phishing/yamato-cod-payment-sjis-html.eml", "ヤマト運輸",
  "Yamato 'collect on delivery' payment lure; HTML-only Shift_JIS; link text shows kuronekoyamato.co.jp URL",
  addr("ヤマト運輸", "info@kuronekoyamato-co.com", "shift_jis"), "h.kondo@docomo.ne.jp",
  "【ヤマト運輸】代金引換のお支払いについて", D,
  html="""<html><head><meta charset="Shift_JIS"></head><body><p>ヤマト運輸です。</p>
<p>お客様宛の代金引換のお荷物について、事前決済のお手続きが必要です。</p>
<p><a href="https://kuronekoyamato-co.com/pay/">https://www.kuronekoyamato.co.jp/ytc/customer/</a></p><p>ヤマト運輸株式会社</p></body></html>
""", cs="shift_jis", cte="quoted-printable",
  trace=[rcv("mail.kuronekoyamato-co.com", "45.15.156.10", "mfsmax.docomo.ne.jp", D, "h.kondo@docomo.ne.jp")])

D = "Wed, 26 Feb 2025 14:14:14 +0900"
M("phishing/sagawa-freemail-outlook-address-confirm.eml", "佐川急便",
  "佐川 address-confirmation lure from an outlook.com free mail; plain text; link on invented sagawa-otodoke.com",
  addr("佐川急便", "sagawa.otodoke2025@outlook.com"), "mariko.f@nifty.com",
  "お荷物のお届け先住所の確認", D,
  text="""佐川急便です。
お客様宛のお荷物ですが、住所不明のため配達できませんでした。
下記より住所の確認をお願いします。

https://sagawa-otodoke.com/check

佐川急便株式会社
""", cte="base64",
  trace=ISP("mariko.f@nifty.com", "APC01-TYZ-obe.outbound.protection.outlook.com", "52.101.128.40", D, "mx01.nifty.com", "outlook.com", "outlook.com"))

D = "Thu, 06 Mar 2025 21:00:00 +0900"
M("phishing/rakuten-points-expire-split-utf8-subject.eml", "楽天ポイント",
  "UTF-8 subject split into encoded words at raw byte boundaries (mid-character); point expiry lure; brand subdomain point.rakuten.co.jp.expire-info.com",
  addr("楽天PointClub", "point@point.rakuten.co.jp.expire-info.com"), "nao.kimura@gmail.com",
  "【楽天PointClub】期間限定ポイント失効のお知らせ（本日まで）", D,
  text="""楽天ポイントをご利用いただきありがとうございます。

お客様の期間限定ポイント 1,850ポイントが本日失効します。
下記よりログインして、ポイントの有効期限を延長してください。

https://point.rakuten.co.jp.expire-info.com/

楽天グループ株式会社
""", cte="base64", schunk=20, sraw=True,
  trace=G("nao.kimura@gmail.com", "mail.expire-info.com", "91.240.118.30", D, "expire-info.com", "point.rakuten.co.jp.expire-info.com", dmarc=None))

D = "Sat, 15 Mar 2025 08:45:00 +0900"
M("phishing/visa-secure-3ds-forced.eml", "Visa",
  "Visa Secure (3-D Secure) registration lure, no brand issuer named; invented visa-secure-jp.com; HTML + text",
  addr("Visa Secure", "noreply@visa-secure-jp.com"), "akiko.y@gmail.com",
  "【Visa】本人認証サービス（Visa Secure）の登録が必要です", D,
  text="""Visaカードをご利用のお客様

2025年3月末までに、本人認証サービス（Visa Secure）への登録が義務化されます。
登録がない場合、オンラインでのカード決済ができなくなります。

登録はこちら：https://visa-secure-jp.com/register

Visa Worldwide Japan
""", html="""<html><body><p>Visaカードをご利用のお客様</p><p>2025年3月末までに、本人認証サービス（Visa Secure）への登録が義務化されます。</p>
<p><a href="https://visa-secure-jp.com/register">今すぐ登録</a></p></body></html>
""", cte="quoted-printable",
  trace=G("akiko.y@gmail.com", "mail.visa-secure-jp.com", "146.70.87.24", D, "visa-secure-jp.com", "visa-secure-jp.com", dmarc=None))

D = "Tue, 25 Mar 2025 12:00:00 +0900"
M("phishing/amex-japan-card-suspended-crlf.eml", "アメリカン・エキスプレス",
  "Amex Japan lure; CRLF; ISO-2022-JP; typo look-alike americanexpres.jp (missing s)",
  addr("アメリカン・エキスプレス", "service@americanexpres.jp", "iso-2022-jp"), "j.sakamoto@gmail.com",
  "【アメリカン・エキスプレス】カードのご利用を一時停止しました", D,
  text="""アメリカン・エキスプレスをご利用いただき、誠にありがとうございます。

不正利用の可能性があるため、お客様のカードのご利用を一時停止しております。
下記よりオンライン・サービスにログインし、ご本人確認をお願いいたします。

https://www.americanexpres.jp/myca/logon/

アメリカン・エキスプレス・インターナショナル, Inc.
""", cs="iso-2022-jp", cte="7bit", crlf=True,
  trace=G("j.sakamoto@gmail.com", "smtp.americanexpres.jp", "194.26.29.110", D, "americanexpres.jp", "americanexpres.jp",
          dkim=[("americanexpres.jp", "pass")], dmarc="pass"))

D = "Fri, 04 Apr 2025 15:30:00 +0900"
M("phishing/d-card-usage-stop-brand-subdomain.eml", "dカード",
  "dカード lure; brand subdomain dcard.docomo.ne.jp.security-check.vip; plain UTF-8 8bit",
  addr("dカード", "info@dcard.docomo.ne.jp.security-check.vip"), "kaori.mori@docomo.ne.jp",
  "【dカード】ご利用停止のお知らせ", D,
  text="""dカードをご利用いただきありがとうございます。

お客様のdカードにて不正な利用の可能性が検知されたため、ご利用を停止しております。
以下よりご本人確認をお願いいたします。

https://dcard.docomo.ne.jp.security-check.vip/

株式会社NTTドコモ
""", cte="8bit",
  trace=[rcv("mail.security-check.vip", "185.100.87.9", "mfsmax.docomo.ne.jp", D, "kaori.mori@docomo.ne.jp")])

D = "Mon, 14 Apr 2025 10:10:00 +0900"
M("phishing/mufg-nicos-card-billing-sjis-qp.eml", "三菱UFJニコス",
  "MUFGカード lure; Shift_JIS quoted-printable; look-alike cr-mufg-nicos.com",
  addr("三菱UFJニコス", "info@cr-mufg-nicos.com", "shift_jis"), "akiko.y@gmail.com",
  "【MUFGカード】ご請求金額の確認とお支払い方法の更新", D,
  text="""MUFGカードをご利用いただきありがとうございます。

お客様の口座振替が不能となりました。
お支払い方法を更新されない場合、カードのご利用が制限されます。

https://cr-mufg-nicos.com/web/login

三菱UFJニコス株式会社
""", cs="shift_jis", cte="quoted-printable",
  trace=G("akiko.y@gmail.com", "smtp.cr-mufg-nicos.com", "37.120.233.60", D, "cr-mufg-nicos.com", "cr-mufg-nicos.com", dmarc=None))

D = "Thu, 24 Apr 2025 16:20:00 +0900"
M("phishing/uc-card-arriba-expiry.eml", "UCカード",
  "UCカード アットユーネット lure; invented uccard-atunet.com; HTML link text 'アットユーネットにログイン'",
  addr("UCカード", "info@uccard-atunet.com"), "hiroshi-ueda@nifty.com",
  "【UCカード】アットユーネット ご登録情報の確認", D,
  html="""<html><body><p>UCカードをご利用いただき誠にありがとうございます。</p><p>ご登録情報の確認が必要です。期限：4月27日</p>
<p><a href="https://uccard-atunet.com/login">アットユーネットにログイン</a></p><p>ユーシーカード株式会社</p></body></html>
""", cte="base64",
  trace=[rcv("mail.uccard-atunet.com", "5.253.204.88", "mx01.nifty.com", D, "hiroshi-ueda@nifty.com")])

D = "Sat, 03 May 2025 09:00:00 +0900"
M("phishing/epos-fullwidth-url-text.eml", "エポスカード",
  "full-width URL in plain text (ｈｔｔｐｓ：／／ｅｐｏｓ－ｎｅｔ．ｃｃ) to bypass link detection; free-mail (icloud.com) sender",
  addr("エポスカード", "epos.support.desk@icloud.com"), "rie.ogawa@gmail.com",
  "エポスカード ご利用確認", D,
  text="""【エポスカード】お客様のカードに不正利用の疑いがあります。
ご本人確認はこちら：ｈｔｔｐｓ：／／ｅｐｏｓ－ｎｅｔ．ｃｃ／ｌｏｇｉｎ
（上記を半角に直してブラウザに入力してください）
""", cte="base64",
  trace=G("rie.ogawa@gmail.com", "qs51p00im-qukt01071701.me.com", "17.57.155.18", D, "icloud.com", "icloud.com",
          dkim=[("icloud.com", "pass")], dmarc="pass", policy="QUARANTINE"))

D = "Tue, 13 May 2025 13:30:00 +0900"
M("phishing/saison-amex-callback-refund.eml", "セゾンカード",
  "callback refund scam: claims double billing, asks to call an invented number and install remote-support app; no link",
  addr("セゾンカード お客様相談室", "saison.soudan@yahoo.co.jp"), "a.takeuchi@outlook.com",
  "【セゾン】二重請求の返金手続きについて", D,
  text="""セゾンカードをご利用のお客様

システム障害により、4月分のご利用代金が二重に請求されておりました。
返金のお手続きをご案内しますので、下記までお電話ください。

担当：返金受付センター 03-4578-2291（平日10時〜19時）

※お電話の際、遠隔サポートアプリのインストールをご案内する場合がございます。

株式会社クレディセゾン
""", cte="8bit",
  trace=MS("a.takeuchi@outlook.com", "sonic315-27.consmr.mail.kks.yahoo.co.jp", "182.22.12.125", D, "yahoo.co.jp", "yahoo.co.jp", dkim_d="yahoo.co.jp"))

D = "Fri, 23 May 2025 11:11:11 +0900"
M("phishing/jr-west-e5489-sjis-lookalike.eml", "JR西日本 (e5489)",
  "e5489 account lure; Shift_JIS; combo e5489-jr-odekake.com",
  addr("JR西日本", "info@e5489-jr-odekake.com", "shift_jis"), "yamaguchi.t@gmail.com",
  "【JR西日本】e5489 会員情報の確認のお願い", D,
  text="""JR西日本 e5489をご利用いただきありがとうございます。

J-WESTカードの登録情報の確認ができないため、予約サービスの一部を制限しています。
下記より確認をお願いします。

https://e5489-jr-odekake.com/member/

西日本旅客鉄道株式会社
""", cs="shift_jis", cte="8bit",
  trace=G("yamaguchi.t@gmail.com", "mail.e5489-jr-odekake.com", "45.89.53.10", D, "e5489-jr-odekake.com", "e5489-jr-odekake.com", dmarc=None))

D = "Mon, 02 Jun 2025 06:06:06 +0900"
M("phishing/smart-ex-jr-central-html-only.eml", "スマートEX (JR東海)",
  "スマートEX lure HTML-only; image-like button; invented smart-ex-jp.net",
  addr("スマートEX", "info@smart-ex-jp.net"), "satoko.minami@gmail.com",
  "【スマートEX】会員登録の更新手続きのお願い", D,
  html="""<html><body><p>スマートEXをご利用いただきありがとうございます。</p><p>お客様の会員登録の有効期限が切れております。</p>
<p><a href="https://smart-ex-jp.net/member/renew"><b>【更新手続きへ】</b></a></p><p>東海旅客鉄道株式会社</p></body></html>
""", cte="quoted-printable",
  trace=G("satoko.minami@gmail.com", "mail.smart-ex-jp.net", "194.180.49.77", D, "smart-ex-jp.net", "smart-ex-jp.net", dmarc=None))

D = "Thu, 12 Jun 2025 12:34:00 +0900"
M("phishing/etc-mileage-point-expire-iso2022.eml", "ETCマイレージ",
  "ETCマイレージ point-expiry lure; ISO-2022-JP with ① ②; brand subdomain etc-mileage.jp.point-renew.com",
  addr("ETCマイレージサービス", "info@etc-mileage.jp.point-renew.com", "iso-2022-jp"), "tkd_yoshio@ybb.ne.jp",
  "ETCマイレージ ポイント失効のお知らせ", D,
  text="""ETCマイレージサービスをご利用いただきありがとうございます。

① お客様の保有ポイント（3,400ポイント）が6月15日で失効します
② ポイントを還元額に交換するには、下記よりログインしてください

https://etc-mileage.jp.point-renew.com/login

ETCマイレージサービス事務局
""", cs="iso-2022-jp", cte="7bit",
  trace=ISP("tkd_yoshio@ybb.ne.jp", "mail.point-renew.com", "103.140.186.5", D, "mx.ybb.ne.jp", "point-renew.com", "etc-mileage.jp.point-renew.com", dkim="none", dmarc="none"))

D = "Sun, 22 Jun 2025 19:00:00 +0900"
M("phishing/yodobashi-gold-point-lookalike.eml", "ヨドバシ.com",
  "ヨドバシ ゴールドポイント lure; look-alike yodobashii.com (double i); HTML + text, text URL differs from href",
  addr("ヨドバシ・ドット・コム", "info@yodobashii.com"), "kenji.arai@gmail.com",
  "【ヨドバシ・ドット・コム】ゴールドポイントの有効期限について", D,
  text="""ヨドバシ・ドット・コムをご利用いただきありがとうございます。

お客様のゴールドポイント 8,200ポイントが間もなく失効します。
https://www.yodobashi.com/

株式会社ヨドバシカメラ
""", html="""<html><body><p>ヨドバシ・ドット・コムをご利用いただきありがとうございます。</p><p>お客様のゴールドポイント <b>8,200ポイント</b>が間もなく失効します。</p>
<p><a href="https://yodobashii.com/login/">https://www.yodobashi.com/</a></p></body></html>
""", cte="base64",
  trace=G("kenji.arai@gmail.com", "mail.yodobashii.com", "77.83.247.18", D, "yodobashii.com", "yodobashii.com",
          dkim=[("yodobashii.com", "pass")], dmarc="pass"))

D = "Wed, 02 Jul 2025 10:00:00 +0900"
M("phishing/rakuten-bank-forged-dmarcfail-m365.eml", "楽天銀行",
  "forged rakuten-bank.co.jp From; M365 AR spf fail/dmarc fail action=quarantine compauth=fail; QP",
  addr("楽天銀行", "info@rakuten-bank.co.jp"), "s.nakagawa@outlook.jp",
  "【楽天銀行】お客様情報の確認のお願い", D,
  text="""楽天銀行をご利用いただきありがとうございます。

お客様情報の定期確認を実施しております。
以下よりログインして、ご職業・お取引目的の確認をお願いいたします。

https://rakuten-bank-kyc.com/login

楽天銀行株式会社
""", cte="quoted-printable",
  trace=MS("s.nakagawa@outlook.jp", "mail.nethost-vn.com", "103.97.125.44", D, "nethost-vn.com", "rakuten-bank.co.jp",
           spf="fail", dkim="none", dmarc="fail", action="quarantine", compauth="fail", reason=0))

D = "Sat, 12 Jul 2025 14:00:00 +0900"
M("phishing/moneyforward-reauth.eml", "マネーフォワード ME",
  "fintech aggregator re-authentication lure; invented moneyforward-me.net; asks bank credentials for 'connection renewal'",
  addr("マネーフォワード ME", "support@moneyforward-me.net"), "j.sakamoto@gmail.com",
  "【マネーフォワード ME】連携金融機関の再認証が必要です", D,
  text="""マネーフォワード MEをご利用いただきありがとうございます。

連携中の金融機関（三井住友銀行）との接続が切れています。
再認証を行わない場合、データの取得が停止します。

再認証：https://moneyforward-me.net/accounts/reauth

株式会社マネーフォワード
""", cte="base64",
  trace=G("j.sakamoto@gmail.com", "mail.moneyforward-me.net", "45.140.17.12", D, "moneyforward-me.net", "moneyforward-me.net",
          dkim=[("moneyforward-me.net", "pass")], dmarc="pass"))

D = "Tue, 22 Jul 2025 08:20:00 +0900"
M("phishing/eneos-card-gas-discount.eml", "ENEOSカード",
  "ENEOSカード discount lure; raw 8-bit UTF-8 subject (non-encoded); invented eneos-card-web.com",
  addr("ENEOSカード", "info@eneos-card-web.com"), "tkd_yoshio@ybb.ne.jp",
  "", D,
  subj_bytes="【ENEOSカード】ガソリン値引き特典の適用確認".encode("utf-8"),
  text="""ENEOSカード会員様

ガソリン値引き特典を継続して適用するため、会員情報の確認が必要です。
https://eneos-card-web.com/member/

ENEOSカード事務局
""", cte="8bit",
  trace=ISP("tkd_yoshio@ybb.ne.jp", "mail.eneos-card-web.com", "91.202.233.11", D, "mx.ybb.ne.jp", "eneos-card-web.com", "eneos-card-web.com", dkim="none", dmarc="none"))

D = "Fri, 01 Aug 2025 17:30:00 +0900"
M("phishing/bec-supplier-bank-change-lookalike.eml", "取引先 (BEC 振込先変更)",
  "BEC: look-alike supplier domain (minato-shlzai.co.jp, l for i), asks to change the bank account for this month's payment; no link; ISO-2022-JP",
  addr("株式会社ミナト資材 経理部", "keiri@minato-shlzai.co.jp", "iso-2022-jp"), "keiri@kitano-shoji.co.jp",
  "【至急】今月のお振込先変更のお願い", D,
  text="""株式会社北野商事
経理ご担当者様

いつもお世話になっております。ミナト資材経理部です。
現在、当社の口座が監査対応のため一時的に利用できなくなっております。
大変恐縮ですが、今月分のお支払いは下記口座へお振込みいただけますでしょうか。

銀行名：GMOあおぞらネット銀行
支店名：法人第二営業部
口座番号：普通 1948273
口座名義：カ）ミナトトレーディング

本件は急ぎのため、お電話ではなくメールでご回答いただけますと幸いです。

株式会社ミナト資材 経理部
""", cs="iso-2022-jp", cte="7bit",
  trace=MS("keiri@kitano-shoji.co.jp", "mail.minato-shlzai.co.jp", "198.46.161.22", D, "minato-shlzai.co.jp", "minato-shlzai.co.jp",
           dkim="none", dmarc="none", compauth="none", reason=905))

D = "Mon, 11 Aug 2025 09:00:00 +0900"
M("phishing/it-dept-mailbox-quota-internal-displayname.eml", "社内情報システム部 (なりすまし)",
  "display name '情報システム部' with an external free-mail sender; mailbox-quota lure with internal-looking wording; link on invented web host",
  addr("情報システム部", "kitano.it.support@gmail.com"), "yamaguchi.t@kitano-shoji.co.jp",
  "【情報システム部】メールボックス容量超過のお知らせ", D,
  text="""社員各位

情報システム部です。
あなたのメールボックスの容量が上限を超えています。
本日中に以下のページで容量拡張の申請を行ってください。

https://kitano-shoji-mailbox.firebaseapp-host.com/upgrade

申請がない場合、メールの送受信が停止されます。

情報システム部
""", cte="base64",
  trace=MS("yamaguchi.t@kitano-shoji.co.jp", "mail-pj1-f41.google.com", "209.85.216.41", D, "gmail.com", "gmail.com", dkim_d="gmail.com"))

D = "Thu, 21 Aug 2025 02:02:02 +0900"
M("phishing/amazon-chinese-mixed-account-locked.eml", "Amazon",
  "Amazon lure with Chinese-influenced Japanese and simplified characters (账户, 验证, 帐号), GB-style punctuation; sender on .cn; Q-encoded subject",
  addr("Amazon", "service@amazon-jp-verify.cn"), "hiroshi-ueda@nifty.com",
  "Amazon：お客様の账户は停止されました", D,
  text="""尊敬するお客様：

あなたのAmazon账户は、異常なアクセスのために停止されました。
24時間以内に验证を完了してください，さもなければ帐号は永久に閉鎖されます。

验证はこちら：https://amazon-jp-verify.cn/signin

Amazon 安全中心
""", cte="quoted-printable", sq="Q",
  trace=[rcv("mail.amazon-jp-verify.cn", "118.193.36.20", "mx01.nifty.com", D, "hiroshi-ueda@nifty.com")])

D = "Sun, 31 Aug 2025 15:45:00 +0900"
M("phishing/paypay-card-points-compromised-shop.eml", "PayPay",
  "compromised online shop's ESP account (SendGrid, own domain DKIM pass) sending PayPay point lure; sendgrid click tracking wraps the phishing link",
  addr("PayPay", "info@hanaya-bloom.jp"), "emi.watanabe@icloud.com",
  "【PayPay】残高の有効期限が近づいています", D,
  text="""PayPayをご利用いただきありがとうございます。

お客様のPayPayポイント（4,500pt）の有効期限が近づいています。
期限内に以下より受け取り手続きを行ってください。

https://u3398271.ct.sendgrid.net/ls/click?upn=u001.paypay-pt-receive.com

PayPay株式会社
""", cte="base64",
  trace=G("emi.watanabe@icloud.com", "o3.ptr8812.hanaya-bloom.jp", "167.89.85.3", D, "em8812.hanaya-bloom.jp", "hanaya-bloom.jp",
          dkim=[("hanaya-bloom.jp", "pass"), ("sendgrid.net", "pass")], dmarc="pass"))

D = "Wed, 10 Sep 2025 10:45:00 +0900"
M("phishing/chiba-bank-ib-eucjp-token.eml", "千葉銀行",
  "regional bank lure; EUC-JP base64; look-alike chibabank-ib.com; asks for token number via link",
  addr("千葉銀行", "info@chibabank-ib.com", "euc-jp"), "fujii.k@nifty.com",
  "【ちばぎん】インターネットバンキング ご利用停止のお知らせ", D,
  text="""ちばぎんインターネットバンキングをご利用のお客さま

お客さまの口座において不正送金の可能性がある取引を確認したため、ご利用を停止しております。
下記よりワンタイムパスワードを入力し、停止を解除してください。

https://chibabank-ib.com/login

株式会社千葉銀行
""", cs="euc-jp", cte="base64",
  trace=[rcv("mail.chibabank-ib.com", "194.169.175.33", "mx02.nifty.com", D, "fujii.k@nifty.com")])
