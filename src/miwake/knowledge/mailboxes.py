"""Free and personal mailbox domains (`data/freemail.txt`): an address there is anybody's.

Only the listed domain itself is a mailbox domain: persons get x@docomo.ne.jp, while the
provider's own systems send from its subdomains (mail.dpoint.docomo.ne.jp,
mail.yahoo.co.jp), which are the company speaking.
"""

from __future__ import annotations

from miwake.knowledge.lists import load_list


def is_freemail(domain: str) -> bool:
    """True when `domain` (lower-case) is a free or personal mailbox domain."""
    return bool(domain) and domain.rstrip(".") in load_list("freemail.txt")


def is_isp_mailbox(domain: str) -> bool:
    """True when `domain` hands personal mailboxes to an ISP's subscribers while also being
    the ISP's own sending domain (`data/isp_mailboxes.txt`): taro@plala.or.jp is a person."""
    return bool(domain) and domain.rstrip(".") in load_list("isp_mailboxes.txt")
