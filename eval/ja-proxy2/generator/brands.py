"""Brands of the ja-proxy2 set: real sending and web domains as the brands publish them.

Sources (see ../README.md): each brand's own "不審なメールにご注意" page or FAQ where found,
otherwise widely reported genuine addresses; entries marked 'unverified' are plausible
choices not confirmed from a brand page.
"""

B = {
    "amazon": dict(
        name="Amazon", disp="Amazon.co.jp", word="amazon", jp="アマゾン",
        mail="amazon.co.jp", sender="auto-confirm@amazon.co.jp",
        rp="bounces.amazon.co.jp", dkim="amazon.co.jp", ip="52.95.48.%d",
        rdns="a48-%d.smtp-out.amazonses.com", web="www.amazon.co.jp",
        login="https://www.amazon.co.jp/ap/signin", help="https://www.amazon.co.jp/gp/help/customer/display.html"),
    "rakuten": dict(
        name="楽天市場", disp="楽天市場", word="rakuten", jp="楽天",
        mail="rakuten.co.jp", sender="order@rakuten.co.jp", rp="bounce.rakuten.co.jp",
        dkim="rakuten.co.jp", ip="133.237.16.%d", rdns="mta-%d.rakuten.co.jp",
        web="www.rakuten.co.jp", login="https://login.account.rakuten.com/sso/authorize",
        help="https://ichiba.faq.rakuten.net/"),
    "rakutencard": dict(
        name="楽天カード", disp="楽天カード株式会社", word="rakuten-card", jp="楽天カード",
        mail="mail.rakuten-card.co.jp", sender="info@mail.rakuten-card.co.jp",
        rp="bounce.rakuten-card.co.jp", dkim="mail.rakuten-card.co.jp", ip="133.237.40.%d",
        rdns="mx-out%d.rakuten-card.co.jp", web="www.rakuten-card.co.jp",
        login="https://www.rakuten-card.co.jp/e-navi/", help="https://www.rakuten-card.co.jp/security/"),
    "smbc": dict(
        name="三井住友カード", disp="三井住友カード", word="smbc-card", jp="三井住友カード",
        mail="contact.vpass.ne.jp", sender="mail@contact.vpass.ne.jp", rp="contact.vpass.ne.jp",
        dkim="vpass.ne.jp", ip="210.148.66.%d", rdns="mo%d.vpass.ne.jp", web="www.smbc-card.com",
        login="https://www.smbc-card.com/mem/index.jsp", help="https://www.smbc-card.com/mem/cardinfo/cardinfo4010384.jsp"),
    "mufg": dict(
        name="三菱UFJ銀行", disp="三菱UFJ銀行", word="mufg", jp="三菱UFJ銀行",
        mail="debit.bk.mufg.jp", sender="mail@debit.bk.mufg.jp", rp="bk.mufg.jp",
        dkim="bk.mufg.jp", ip="202.221.187.%d", rdns="smtp%d.bk.mufg.jp", web="www.bk.mufg.jp",
        login="https://direct.bk.mufg.jp/", help="https://www.bk.mufg.jp/info/mail/mail.html"),
    "mizuho": dict(
        name="みずほ銀行", disp="みずほ銀行", word="mizuho", jp="みずほ銀行",
        mail="e-mail.mizuhobank.co.jp", sender="send_mail@e-mail.mizuhobank.co.jp",
        rp="e-mail.mizuhobank.co.jp", dkim="mizuhobank.co.jp", ip="210.251.81.%d",
        rdns="mta%d.e-mail.mizuhobank.co.jp", web="www.mizuhobank.co.jp",
        login="https://web.ib.mizuhobank.co.jp/servlet/LOGBNK0000000B.do",
        help="https://www.mizuhobank.co.jp/crime/"),
    "yucho": dict(
        name="ゆうちょ銀行", disp="【ゆうちょ銀行】", word="jp-bank", jp="ゆうちょ銀行",
        mail="jp-bank.japanpost.jp", sender="information@jp-bank.japanpost.jp",
        rp="jp-bank.japanpost.jp", dkim="jp-bank.japanpost.jp", ip="153.150.17.%d",
        rdns="mail%d.jp-bank.japanpost.jp", web="www.jp-bank.japanpost.jp",
        login="https://direct.jp-bank.japanpost.jp/tp1web/U010101WAK.do",
        help="https://www.jp-bank.japanpost.jp/crime/crm_email.html"),
    "paypay": dict(
        name="PayPay", disp="PayPay", word="paypay", jp="PayPay",
        mail="paypay-corp.co.jp", sender="notice@paypay-corp.co.jp", rp="mail.paypay-corp.co.jp",
        dkim="paypay-corp.co.jp", ip="182.22.28.%d", rdns="out%d.mail.paypay-corp.co.jp",
        web="paypay.ne.jp", login="https://paypay.ne.jp/", help="https://paypay.ne.jp/notice/"),
    "mercari": dict(
        name="メルカリ", disp="メルカリ", word="mercari", jp="メルカリ",
        mail="mercari.jp", sender="no-reply@mercari.jp", rp="bounce.mercari.jp",
        dkim="mercari.jp", ip="35.190.247.%d", rdns="o%d.mail.mercari.jp", web="jp.mercari.com",
        login="https://jp.mercari.com/mypage", help="https://help.jp.mercari.com/"),
    "jcb": dict(
        name="JCB", disp="JCB", word="myjcb", jp="JCBカード",
        mail="qa.jcb.co.jp", sender="security.mail@qa.jcb.co.jp", rp="qa.jcb.co.jp",
        dkim="jcb.co.jp", ip="210.157.9.%d", rdns="mx%d.qa.jcb.co.jp", web="www.jcb.co.jp",
        login="https://my.jcb.co.jp/Login", help="https://www.jcb.co.jp/trouble/phishing-mail/"),
    "aeon": dict(
        name="イオンカード", disp="イオンカード", word="aeon", jp="イオンカード",
        mail="email.aeon.co.jp", sender="info@email.aeon.co.jp", rp="ma2.email.aeon.co.jp",
        dkim="aeon.co.jp", ip="61.211.237.%d", rdns="ma%d.email.aeon.co.jp", web="www.aeon.co.jp",
        login="https://www.aeon.co.jp/app/", help="https://www.aeon.co.jp/security/anti_phishing/"),
    "epos": dict(
        name="エポスカード", disp="エポスカード", word="eposcard", jp="エポスカード",
        mail="01epos.jp", sender="info@01epos.jp", rp="01epos.jp", dkim="01epos.jp",
        ip="160.16.54.%d", rdns="mail%d.01epos.jp", web="www.eposcard.co.jp",
        login="https://www.eposcard.co.jp/memberservice/", help="https://www.eposcard.co.jp/security/"),
    "sbi": dict(
        name="SBI証券", disp="SBI証券", word="sbisec", jp="SBI証券",
        mail="sbisec.co.jp", sender="alert_master@sbisec.co.jp", rp="sbisec.co.jp",
        dkim="sbisec.co.jp", ip="210.149.36.%d", rdns="mail%d.sbisec.co.jp", web="www.sbisec.co.jp",
        login="https://www.sbisec.co.jp/ETGate", help="https://www.sbisec.co.jp/ETGate/?_ControlID=WPLETsmR001Control"),
    "resona": dict(  # unverified sending domain: the bank's web domain
        name="りそな銀行", disp="りそな銀行", word="resona", jp="りそな銀行",
        mail="resonabank.co.jp", sender="info@resonabank.co.jp", rp="resonabank.co.jp",
        dkim="resonabank.co.jp", ip="202.32.100.%d", rdns="mo%d.resonabank.co.jp",
        web="www.resonabank.co.jp", login="https://www.resonabank.co.jp/kojin/mydougu/",
        help="https://www.resonabank.co.jp/kojin/security/"),
    "aupay": dict(  # mail@aupay.auone.jp: reported as a genuine au PAY address; unverified on a brand page
        name="au PAY", disp="au PAY", word="aupay", jp="au PAY",
        mail="aupay.auone.jp", sender="mail@aupay.auone.jp", rp="auone.jp", dkim="auone.jp",
        ip="111.86.140.%d", rdns="mo%d.auone.jp", web="www.au.com",
        login="https://www.au.com/payment/", help="https://www.au.com/support/"),
    "dpay": dict(
        name="ドコモ", disp="NTTドコモ", word="docomo", jp="d払い",
        mail="wdy.docomo.ne.jp", sender="spmodemsgr@wdy.docomo.ne.jp", rp="wdy.docomo.ne.jp",
        dkim="docomo.ne.jp", ip="203.138.180.%d", rdns="mgw%d.docomo.ne.jp", web="www.docomo.ne.jp",
        login="https://www.docomo.ne.jp/mydocomo/", help="https://www.docomo.ne.jp/info/spam_mail/"),
    "apple": dict(
        name="Apple", disp="Apple", word="apple", jp="Apple",
        mail="email.apple.com", sender="no_reply@email.apple.com", rp="email.apple.com",
        dkim="email.apple.com", ip="17.111.110.%d", rdns="rn2-txn-msbadger%05d.apple.com",
        web="www.apple.com", login="https://account.apple.com/", help="https://support.apple.com/ja-jp/102568"),
    "microsoft": dict(
        name="Microsoft", disp="Microsoft アカウント チーム", word="microsoft", jp="Microsoft",
        mail="accountprotection.microsoft.com", sender="account-security-noreply@accountprotection.microsoft.com",
        rp="accountprotection.microsoft.com", dkim="accountprotection.microsoft.com",
        ip="40.92.42.%d", rdns="mail-%d.outbound.protection.outlook.com", web="account.microsoft.com",
        login="https://account.live.com/activity", help="https://support.microsoft.com/ja-jp"),
    "netflix": dict(
        name="Netflix", disp="Netflix", word="netflix", jp="Netflix",
        mail="account.netflix.com", sender="info@account.netflix.com", rp="bounce.account.netflix.com",
        dkim="netflix.com", ip="54.240.5.%d", rdns="a5-%d.smtp-out.amazonses.com", web="www.netflix.com",
        login="https://www.netflix.com/YourAccount", help="https://help.netflix.com/ja/"),
}
