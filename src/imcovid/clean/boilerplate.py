"""Lines that are not the article: aggregator promotion (dropped) and rights notices (dropped from ``text`` but kept,
verbatim, as the rights statement)."""

from __future__ import annotations

import re

PROMOTION = re.compile(
    r"打开\s*APP|下载\s*APP|APP\s*(?:内)?(?:阅读|查看|打开)|尽在.{0,12}APP|扫描?(?:下方|上方|图中)?二维码|长按(?:识别)?二维码|"
    r"【纠错】|\[纠错\]|点击(?:阅读)?原文|阅读原文|点击(?:上方|下方|右上角|关注|查看)|关注(?:我们|公众号)|"
    r"^更多(?:精彩|资讯|内容)|^(?:相关|推荐|热门)(?:阅读|推荐|新闻|文章)[:：]?$|^-?\s*THE\s+END\s*-?$|"
    r"给作者打赏|^分享到[:：]?|^责任编辑已?(?:审核)?$",
    re.I,
)
RIGHTS = re.compile(
    r"版权归原作者所有|向原创致敬|版权(?:与|和)?免责声明|版权声明|免责声明|版权所有|Copyright|©|All\s+Rights\s+Reserved|"
    r"未经.{0,12}授权.{0,12}不得(?:转载|使用)|转载(?:请|须|时必须)注明|不得转载|如有侵权|侵权(?:请)?联系|联系删除|"
    r"ICP备|ICP证|公网安备|举报电话|违法和不良信息举报|新闻信息服务许可证|本(?:站|网|文)(?:转载|所载)|"
    r"凡本(?:站|网)注明|^声明[:：]|侵犯了?您的合法权益|持权属证明|如遇侵权|联系(?:我们|本网|本站)?(?:予以)?删除|"
    r"禁止转载|原创发布于",
    re.I,
)
# The first line of a footer that runs to the end of the document (plain-text sites append theirs).
FOOTER_START = re.compile(r"版权(?:与|和)?免责声明|^版权声明|^免责声明|^Copyright", re.I)


def is_promotion(line: str) -> bool:
    return PROMOTION.search(line) is not None


def is_rights_notice(line: str) -> bool:
    return RIGHTS.search(line) is not None
