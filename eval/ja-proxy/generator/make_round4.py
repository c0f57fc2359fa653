"""Fourth round: genuine mails linking to secondary official domains / brand shorteners, a brand with no DMARC
record (dmarc=none); phishing on free site builders."""
from lib import addr, ar_pass, ew, html, leaf, multi, write

P, G = "phishing", "genuine"


def run() -> None:
    txt = """Microsoft アカウント

Microsoft サービス規約の更新について

Microsoft サービス規約を更新します。変更は 2025年11月30日 に有効になります。
変更内容の概要: https://aka.ms/msa-terms-update
詳細: https://go.microsoft.com/fwlink/?LinkId=521839

本メールは、Microsoft サービスに関する重要なお知らせとして、お客様各位にお送りしています。
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    write(G, "microsoft-terms-update-akams", "Microsoft", "UTF-8 QP plain",
          "Microsoft's own shortener aka.ms + go.microsoft.com fwlink; お客様各位; AR pass",
          from_=addr("Microsoft", "msa@communication.microsoft.com"), subject=ew("Microsoft サービス規約の更新"),
          body=leaf(txt, "plain", "utf-8", "quoted-printable"), env_from="bounce@communication.microsoft.com",
          relay=("mail-sn1nam02on2100.outbound.protection.outlook.com", "40.107.96.100"),
          auth=ar_pass("communication.microsoft.com", "bounce@communication.microsoft.com"), dkim_d="communication.microsoft.com")

    txt = """au PAY カードをご利用いただきありがとうございます。

2025年10月分のご請求金額が確定しました。
ご請求金額：18,204円

明細は au PAY アプリ または 会員サイトでご確認ください。
https://www.kddi-fs.com/
https://wallet.auone.jp/

auフィナンシャルサービス株式会社
"""
    write(G, "au-pay-card-kddi-fs-auone-links", "au", "ISO-2022-JP 7bit",
          "secondary KDDI domains kddi-fs.com / auone.jp; AR pass",
          from_=addr("au PAY カード", "info@kddi-fs.com", "ISO-2022-JP"), subject=ew("【au PAY カード】ご請求金額確定のお知らせ", "ISO-2022-JP"),
          body=leaf(txt, "plain", "iso-2022-jp", "7bit"), env_from="info@kddi-fs.com", relay=("mail.kddi-fs.com", "111.86.141.30"),
          auth=ar_pass("kddi-fs.com", "info@kddi-fs.com"), dkim_d="kddi-fs.com")

    txt = """山田 太郎 様

JRE POINTをご利用いただきありがとうございます。
今月末に有効期限を迎えるポイントがあります：1,240ポイント

ポイント履歴の確認: https://www.jrepoint.jp/
えきねっと: https://www.eki-net.com/

JRE POINT事務局
"""
    write(G, "jre-point-expiry-jrepoint", "えきねっと", "UTF-8 base64 plain",
          "points-expiry (real lure topic) from jrepoint.jp; dmarc=none (no DMARC record), spf pass",
          from_=addr("JRE POINT", "info@jrepoint.jp"), subject=ew("【JRE POINT】ポイント有効期限のお知らせ"),
          body=leaf(txt), env_from="info@jrepoint.jp", relay=("mail.jrepoint.jp", "210.171.160.40"),
          auth="spf=pass smtp.mailfrom=info@jrepoint.jp;\r\n\tdkim=none;\r\n\tdmarc=none header.from=jrepoint.jp")

    txt = """LINEをご利用いただきありがとうございます。

LINEヤフー株式会社のプライバシーポリシーを改定します。
改定日：2025年11月1日
詳細: https://www.lycorp.co.jp/ja/company/privacypolicy/

LINEヤフー株式会社
"""
    write(G, "line-privacy-update-lycorp", "LINE", "UTF-8 QP plain",
          "LINE Yahoo corporate domain lycorp.co.jp; no AR",
          from_=addr("LINE", "dl_oa_info@lycorp.co.jp"), subject=ew("[LINE] プライバシーポリシー改定のお知らせ"),
          body=leaf(txt, "plain", "utf-8", "quoted-printable"), env_from="dl_oa_info@lycorp.co.jp", relay=("mail.lycorp.co.jp", "147.92.150.30"))

    h = html("""<p>ソフトバンクをご利用のお客さま</p><p>ご契約内容の確認が必要です。確認いただけない場合、回線を停止します。</p>
<p><a href="https://sites.google.com/view/sb-keiyaku-kakunin/">ご契約内容の確認</a></p>""")
    write(P, "softbank-google-sites", "SoftBank", "UTF-8 base64 HTML-only",
          "sites.google.com page with no brand in host; 回線停止",
          from_=addr("ソフトバンク", "info@sb-keiyaku.net"), subject=ew("【ソフトバンク】ご契約内容確認のお願い"),
          body=leaf(h, "html"), env_from="info@sb-keiyaku.net", relay=("sb-keiyaku.net", "45.12.1.4"))

    t = """東京電力エナジーパートナーです。

電気料金の払い戻し（過払い金 3,520円）が発生しています。
受け取り手続きは以下から行ってください。受付期限は本日中です。

https://tepco-refund.weebly.com/

東京電力エナジーパートナー株式会社
"""
    write(P, "tepco-refund-weebly", "東京電力", "Shift_JIS 8bit plain",
          "refund lure; weebly.com site; 本日中",
          from_=addr("東京電力EP", "refund@tepco-ep-info.com", "Shift_JIS"), subject=ew("【東京電力】電気料金払い戻しのお知らせ", "Shift_JIS"),
          body=leaf(t, "plain", "shift_jis", "8bit"), env_from="refund@tepco-ep-info.com", relay=("tepco-ep-info.com", "45.66.9.8"))

    h = html("""<p><img src="https://i.imgur.com/Xk3p9Qa.png" alt="Mastercard"></p><p>会員様</p>
<p>セキュリティ強化のため、本人認証サービス（3Dセキュア）の再登録をお願いしております。</p>
<p><a href="https://3ds-reg-portal.com/">再登録する</a></p>""")
    write(P, "mastercard-logo-alt-only-3ds", "Mastercard", "UTF-8 base64 HTML-only",
          "brand only in logo alt; 3D Secure re-registration; plain .com",
          from_=addr("会員サービス", "noreply@3ds-reg-portal.com"), subject=ew("本人認証サービス再登録のお願い"),
          body=leaf(h, "html"), env_from="noreply@3ds-reg-portal.com", relay=("3ds-reg-portal.com", "45.12.2.9"))
