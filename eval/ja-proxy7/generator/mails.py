from common import ALL
import m_cards  # noqa
