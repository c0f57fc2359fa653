from common import ALL
import m_cards  # noqa
import m_banks  # noqa
import m_gov_tech  # noqa
import m_everyday  # noqa
import m_extra  # noqa
