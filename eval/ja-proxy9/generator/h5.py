# Genuine batch 5: old-MUA raw JIS headers; auto-forwarded brand mail with broken auth.
from lib import *

D = "Sun, 20 Jul 2025 21:03:00 +0900"
M("genuine/neighborhood-assoc-raw-jis-headers-old-mua.eml", "町内会 (個人, 古いメーラー)",
  "neighborhood association notice from an old MUA: raw (un-encoded) ISO-2022-JP escapes in From display name and Subject, X-Mailer, no Authentication-Results, ISP relay only; asks to pay the fee in cash",
  b"From: " + jis("緑町三丁目町内会　会計　佐野") + b" <sano-h@jcom.home.ne.jp>", "c.matsuda@gmail.com",
  "", D, subj_bytes=jis("町内会費の集金と夏祭りのお知らせ"),
  text="""緑町三丁目町内会の皆様

会計の佐野です。
今年度後期の町内会費（1,200円）の集金に、8月2日（土）午前中に伺います。
ご不在の場合は、集会所のポストに封筒でお入れください。

また、8月16日（土）に夏祭りを行います。模擬店のお手伝いをお願いできる方は、
このメールにご返信ください。

佐野
""", cs="iso-2022-jp", cte="7bit",
  xh=["X-Mailer: Becky! ver. 2.75.03 [ja]"],
  trace=[rcv("smtp.jcom.home.ne.jp", "61.125.7.41", "mx.google.com", D, "c.matsuda@gmail.com")],
  note_enc="iso-2022-jp 7bit plain; raw ISO-2022-JP (unencoded) Subject and From display name (LF)")

D = "Wed, 13 Aug 2025 12:41:30 +0900"
M("genuine/vpass-usage-autoforwarded-dmarc-fail-arc.eml", "三井住友カード (Vpass, 自動転送)",
  "genuine Vpass usage notice auto-forwarded by an ISP mailbox (nifty) to Gmail: SPF fails for vpass.ne.jp at Gmail, DKIM body hash broken by the ISP's footer -> DMARC fail; ARC seal from the forwarder passes",
  addr("三井住友カード", "statement@vpass.ne.jp", "iso-2022-jp"), "hiroshi.ueda.mobile@gmail.com",
  "ご利用のお知らせ【三井住友カード】", D,
  text="""いつも三井住友カードをご利用いただきありがとうございます。
お客様のカードご利用内容をお知らせいたします。

ご利用カード：三井住友カード ゴールド（NL）
◇利用日：2025/08/13 12:39
◇利用先：ＥＮＥＯＳ
◇利用取引：買物
◇利用金額：6,050円

ご利用内容の詳細はVpassアプリ・Vpassでご確認いただけます。

■本メールは送信専用です。
三井住友カード株式会社

--
このメールは @nifty メールの自動転送機能により転送されました。
""", cs="iso-2022-jp", cte="7bit",
  trace=["ARC-Seal: i=1; a=rsa-sha256; t=1755056491; cv=none; d=nifty.com; s=arc-2023;\n b=Zk3n1x8QyT0pH7cVw2sLd9aR4uE6oJ1mB5vN8qX0tY2zA7fG3hK4lM6nP9rS1uW==",
         "ARC-Authentication-Results: i=1; mx01.nifty.com;\n spf=pass smtp.mailfrom=vpass.ne.jp;\n dkim=pass header.d=vpass.ne.jp;\n dmarc=pass header.from=vpass.ne.jp"]
        + G("hiroshi.ueda.mobile@gmail.com", "mo-fwd02.nifty.com", "202.248.20.67", D, "vpass.ne.jp", "vpass.ne.jp",
            spf="fail", dkim=[("vpass.ne.jp", "fail")], dmarc="fail", policy="REJECT")
        + ["X-Forwarded-To: hiroshi.ueda.mobile@gmail.com", "X-Forwarded-For: hiroshi-ueda@nifty.com hiroshi.ueda.mobile@gmail.com"],
  unsure="statement@ local part invented; Gmail may still reject on p=reject without ARC trust")
