"""extract.commitments: undertakings split one by one, their kind, sides, topic, deadline, date and links; the
words that are not undertakings; data/commitments.toml checked at load; linear in the text. Our own sentences."""
from __future__ import annotations

import copy
import time
import tomllib
from importlib import resources

import pytest
from hypothesis import given, settings, strategies as st

import bangiao
from bangiao.errors import DataFileError, InputError
from bangiao.extract import commitments
from bangiao.extract.commitments import find_commitments
from bangiao.model import Project, Span

LEAD = ("Ngày 6/1/2024, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone đang thăm "
        "chính thức Việt Nam. ")
BOTH = ("country:VN", "country:LA")
PMC, SONEXAY = "person:pham-minh-chinh", "person:sonexay-siphandone"


def _found(sentence: str):
    doc = bangiao.extract(LEAD + sentence)
    for c in doc.commitments:
        assert doc.text[c.what.start:c.what.end] == c.what.text
        assert doc.text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert c.what.start >= c.evidence.start and c.what.end <= c.evidence.end
    return doc, doc.commitments


# (sentence, [(kind, what, topic)]): one commitment per undertaking, the verb and the joining words left out
SPLITS = [
    ("Hai bên nhất trí tăng cường hợp tác quốc phòng, an ninh, đẩy mạnh giao lưu văn hóa và nâng cao hiệu quả hợp tác "
     "giáo dục.",
     [("agree", "tăng cường hợp tác quốc phòng, an ninh", "defence_security"),
      ("agree", "đẩy mạnh giao lưu văn hóa", "culture_people"),
      ("agree", "nâng cao hiệu quả hợp tác giáo dục", "education")]),
    ("Hai Thủ tướng thống nhất sớm hoàn thiện quy hoạch cửa khẩu; phối hợp chặt chẽ tại các diễn đàn đa phương; đẩy "
     "mạnh hợp tác năng lượng.",
     [("agree", "sớm hoàn thiện quy hoạch cửa khẩu", "connectivity"),
      ("agree", "phối hợp chặt chẽ tại các diễn đàn đa phương", "multilateral"),
      ("agree", "đẩy mạnh hợp tác năng lượng", "energy")]),
    ("Hai bên nhất trí các nội dung sau: tổ chức tốt kỳ họp Ủy ban liên Chính phủ; phối hợp tìm kiếm, quy tập hài cốt "
     "liệt sĩ; mở thêm đường bay thẳng.",
     [("agree", "tổ chức tốt kỳ họp Ủy ban liên Chính phủ", "other"),
      ("agree", "phối hợp tìm kiếm, quy tập hài cốt liệt sĩ", "defence_security"),
      ("agree", "mở thêm đường bay thẳng", "connectivity")]),
    ("Phía Lào cam kết tạo điều kiện thuận lợi cho doanh nghiệp Việt Nam đầu tư.",
     [("commit", "tạo điều kiện thuận lợi cho doanh nghiệp Việt Nam đầu tư", "economy_trade")]),
    ("Việt Nam khẳng định sẽ tiếp tục hỗ trợ Lào đào tạo nguồn nhân lực.",
     [("commit", "tiếp tục hỗ trợ Lào đào tạo nguồn nhân lực", "education")]),
    ("Việt Nam sẵn sàng chia sẻ kinh nghiệm phát triển kinh tế số.",
     [("commit", "chia sẻ kinh nghiệm phát triển kinh tế số", "economy_trade")]),
    ("Hai bên phấn đấu đưa kim ngạch thương mại song phương lên 5 tỷ USD trước năm 2030.",
     [("target", "đưa kim ngạch thương mại song phương lên 5 tỷ USD trước năm 2030", "economy_trade")]),
    ("Hai Thủ tướng thống nhất mục tiêu phấn đấu nâng kim ngạch thương mại lên 3 tỷ USD.",
     [("target", "nâng kim ngạch thương mại lên 3 tỷ USD", "economy_trade")]),
    ("Hai bên nhất trí phấn đấu hoàn thành tuyến đường trước năm 2026.",  # a goal without a figure: agreed
     [("agree", "phấn đấu hoàn thành tuyến đường trước năm 2026", "other")]),
    ("Thủ tướng Phạm Minh Chính đề nghị phía Lào đẩy nhanh tiến độ giải phóng mặt bằng.",
     [("request", "đẩy nhanh tiến độ giải phóng mặt bằng", "other")]),
    ("Hai bên nhất trí triển khai hiệu quả Hiệp định Thương mại biên giới, tăng cường hợp tác tư pháp.",
     [("agree", "triển khai hiệu quả Hiệp định Thương mại biên giới", "economy_trade"),
      ("agree", "tăng cường hợp tác tư pháp", "defence_security")]),
    ("Hai bên nhất trí ủng hộ lẫn nhau tại các diễn đàn đa phương; và đặc biệt là không ngừng thúc đẩy hợp tác ba nước.",
     [("agree", "ủng hộ lẫn nhau tại các diễn đàn đa phương", "multilateral"),
      ("agree", "không ngừng thúc đẩy hợp tác ba nước", "other")]),
    ("Hai bên đồng ý mở thêm cặp cửa khẩu quốc tế, cũng như đơn giản hóa thủ tục xuất nhập cảnh cho cư dân biên giới.",
     [("agree", "mở thêm cặp cửa khẩu quốc tế", "connectivity"),
      ("agree", "đơn giản hóa thủ tục xuất nhập cảnh cho cư dân biên giới", "defence_security")]),
]


# Targets (round 2): one per figure; a figure set as a goal whatever the verb; a goal named as a thing, a count of
# years and a tail saying who set it are no part of a target
TARGETS = [
    ("Hai bên phấn đấu nâng kim ngạch lên 4 tỷ USD vào năm 2025 và 6 tỷ USD vào năm 2030.",
     [("target", "nâng kim ngạch lên 4 tỷ USD vào năm 2025"), ("target", "6 tỷ USD vào năm 2030")]),
    ("Hai bên nhất trí phấn đấu đưa kim ngạch lên 3 tỷ USD, 5 tỷ USD vào năm 2030.",
     [("target", "đưa kim ngạch lên 3 tỷ USD"), ("target", "5 tỷ USD vào năm 2030")]),
    ("Hai bên phấn đấu đưa kim ngạch từ 2 tỷ USD lên 3 tỷ USD.",  # one goal: no "và" before the second sum
     [("target", "đưa kim ngạch từ 2 tỷ USD lên 3 tỷ USD")]),
    ("Hai bên nhất trí gỡ bỏ rào cản thương mại để sớm đạt mục tiêu 4 tỷ USD.",
     [("target", "gỡ bỏ rào cản thương mại để sớm đạt mục tiêu 4 tỷ USD")]),
    ("Hai bên nhất trí gỡ bỏ rào cản thương mại để sớm đạt mục tiêu đề ra.",  # no figure: agreed
     [("agree", "gỡ bỏ rào cản thương mại để sớm đạt mục tiêu đề ra")]),
    ("Hai bên nhất trí phấn đấu đưa kim ngạch lên 3 tỷ USD và tăng gấp đôi vốn đầu tư.",
     [("target", "đưa kim ngạch lên 3 tỷ USD"), ("target", "tăng gấp đôi vốn đầu tư")]),
    ("Hai bên nhất trí phấn đấu đưa kim ngạch lên 3 tỷ USD và mở thêm 2 cửa khẩu.",  # a count, not a goal
     [("target", "đưa kim ngạch lên 3 tỷ USD"), ("agree", "mở thêm 2 cửa khẩu")]),
    ("Hai bên nhất trí hướng tới mục tiêu kim ngạch thương mại 3 tỷ USD.",
     [("target", "hướng tới mục tiêu kim ngạch thương mại 3 tỷ USD")]),
    ("Hai bên nhất trí đưa kim ngạch sớm đạt 3 tỷ USD, như lãnh đạo hai nước đã đề ra năm 2022.",
     [("agree", "đưa kim ngạch sớm đạt 3 tỷ USD")]),
    ("Hai bên nhất trí triển khai các biện pháp mà lãnh đạo hai nước đã thống nhất năm 2022.",
     [("agree", "triển khai các biện pháp")]),
    ("Hai bên khẳng định quyết tâm đạt mục tiêu kim ngạch 3 tỷ USD vào năm 2027.",
     [("target", "đạt mục tiêu kim ngạch 3 tỷ USD vào năm 2027")]),
    ("Hai bên quyết tâm tháo gỡ vướng mắc, đẩy nhanh tiến độ tuyến đường sắt.",
     [("commit", "tháo gỡ vướng mắc"), ("commit", "đẩy nhanh tiến độ tuyến đường sắt")]),
    ("Thủ tướng Phạm Minh Chính đề nghị phía Lào duy trì đà tích cực, quyết tâm tháo gỡ vướng mắc.",
     [("request", "duy trì đà tích cực, quyết tâm tháo gỡ vướng mắc")]),
    ("Hai bên nhất trí tận dụng hiệp định thương mại, nhằm sớm đạt mục tiêu nâng kim ngạch lên 4 tỷ USD vào năm 2026 và "
     "hướng tới 6 tỷ USD vào năm 2030.",
     [("target", "tận dụng hiệp định thương mại, nhằm sớm đạt mục tiêu nâng kim ngạch lên 4 tỷ USD vào năm 2026"),
      ("target", "hướng tới 6 tỷ USD vào năm 2030")]),  # a purpose clause stays in its undertaking
    ("Hai nước thống nhất áp dụng các giải pháp thiết thực nhằm phấn đấu đưa kim ngạch lên 8 tỷ USD trong năm 2028.",
     [("target", "áp dụng các giải pháp thiết thực nhằm phấn đấu đưa kim ngạch lên 8 tỷ USD trong năm 2028")]),
    ("Hai nước thống nhất áp dụng các giải pháp thiết thực nhằm phấn đấu đưa kim ngạch tăng trưởng bền vững.",
     [("agree", "áp dụng các giải pháp thiết thực nhằm phấn đấu đưa kim ngạch tăng trưởng bền vững")]),  # no figure
    ("Hai bên nhất trí giảm rào cản để đạt mục tiêu 4 tỷ USD.",  # the goal has no verb of its own: one target
     [("target", "giảm rào cản để đạt mục tiêu 4 tỷ USD")]),
    ("Hai bên hướng tới 4 tỷ USD vào năm 2026.", [("target", "hướng tới 4 tỷ USD vào năm 2026")]),
    ("Hai nước đang hướng tới kỷ niệm 60 năm quan hệ ngoại giao vào năm 2027.", []),
    ("Kim ngạch mới đi được nửa chặng đường tới mục tiêu 3 tỷ USD mà lãnh đạo hai nước đặt ra.", []),
    ("Chuyến thăm thể hiện quyết tâm tăng cường tin cậy chính trị.", []),
    ("Ông nêu đường lối nhất quán, quyết tâm và ưu tiên cao nhất của Việt Nam đối với Lào.", []),
]


# Splitting (round 2): fields that read like verbs stay in their list; acts after "," or "và" open their own; a view
# ("coi X là …") is none
LISTS = [
    ("Hai bên nhất trí tăng cường hợp tác y tế, đào tạo nguồn nhân lực.", ["tăng cường hợp tác y tế, đào tạo nguồn nhân lực"]),
    ("Hai bên nhất trí đẩy mạnh hợp tác khoa học - công nghệ, đổi mới sáng tạo và kết nối lưới điện.",
     ["đẩy mạnh hợp tác khoa học - công nghệ, đổi mới sáng tạo và kết nối lưới điện"]),
    ("Hai bên nhất trí trao đổi kinh nghiệm quản lý đô thị và phòng, chống buôn lậu.",
     ["trao đổi kinh nghiệm quản lý đô thị và phòng, chống buôn lậu"]),
    ("Hai bên nhất trí làm sâu sắc và nâng tầm quan hệ hợp tác.", ["làm sâu sắc và nâng tầm quan hệ hợp tác"]),
    ("Hai bên nhất trí mở rộng hợp tác nông nghiệp, ứng phó biến đổi khí hậu.",
     ["mở rộng hợp tác nông nghiệp, ứng phó biến đổi khí hậu"]),
    ("Hai bên nhất trí tăng cường hợp tác an ninh, không cho phép thế lực nào dùng lãnh thổ nước này chống nước kia.",
     ["tăng cường hợp tác an ninh", "không cho phép thế lực nào dùng lãnh thổ nước này chống nước kia"]),
    ("Thủ tướng Phạm Minh Chính đề nghị hai bên kiểm soát tốt bất đồng, giữ gìn ổn định trên biển.",
     ["kiểm soát tốt bất đồng", "giữ gìn ổn định trên biển"]),
    ("Hai bên nhất trí mở rộng hợp tác thương mại và kiểm soát tốt bất đồng.",
     ["mở rộng hợp tác thương mại", "kiểm soát tốt bất đồng"]),
    ("Thủ tướng Phạm Minh Chính đề nghị phía Lào tạo điều kiện cho kiều bào và giúp họ ổn định cuộc sống.",
     ["tạo điều kiện cho kiều bào", "giúp họ ổn định cuộc sống"]),
    ("Hai bên nhất trí tăng cường tin cậy chính trị, coi năng lượng, dầu khí là trụ cột hợp tác.",
     ["tăng cường tin cậy chính trị"]),
    ("Hai bên nhất trí tiếp tục coi hợp tác quốc phòng là trụ cột của quan hệ.", []),
    ("Hai bên nhất trí coi trọng hợp tác giáo dục.", ["coi trọng hợp tác giáo dục"]),  # no "là": no view
    ("Hai bên nhất trí coi trọng hợp tác giáo dục, nhất là đào tạo nguồn nhân lực.",  # "nhất là" is no view's "là"
     ["coi trọng hợp tác giáo dục, nhất là đào tạo nguồn nhân lực"]),
    # verbs without an object share the one after them: a piece of openers only, or openers after "với"
    ("Hai bên nhất trí phối hợp rà soát, tháo gỡ các vướng mắc của doanh nghiệp; tăng cường hợp tác du lịch.",
     ["phối hợp rà soát, tháo gỡ các vướng mắc của doanh nghiệp", "tăng cường hợp tác du lịch"]),
    ("Hai bên nhất trí mở rộng giao lưu thanh niên, cũng như đặc biệt coi trọng và nâng cao hợp tác y tế.",
     ["mở rộng giao lưu thanh niên", "đặc biệt coi trọng và nâng cao hợp tác y tế"]),
    ("Hai bên nhất trí xây dựng nền kinh tế tự chủ gắn với chủ động, tích cực hội nhập quốc tế.",
     ["xây dựng nền kinh tế tự chủ gắn với chủ động, tích cực hội nhập quốc tế"]),
    ("Hai bên nhất trí trao đổi thông tin kịp thời, phối hợp chặt chẽ tại các diễn đàn đa phương.",  # an object before
     ["trao đổi thông tin kịp thời", "phối hợp chặt chẽ tại các diễn đàn đa phương"]),
    ("Hai bên nhất trí triển khai Chương trình Hỗ trợ, nâng cao năng lực ngành y tế.",  # a name ending like a verb
     ["triển khai Chương trình Hỗ trợ", "nâng cao năng lực ngành y tế"]),
    # a quotation after ":" is no list
    ("Hai bên nhất trí làm phong phú quan hệ bằng việc bổ sung phương châm mới: “Tin cậy, gắn bó, cùng phát triển”.",
     ["làm phong phú quan hệ bằng việc bổ sung phương châm mới: “Tin cậy, gắn bó, cùng phát triển”"]),
    ("Hai bên nhất trí các nội dung sau: mở rộng hợp tác y tế; tăng cường hợp tác du lịch.",
     ["mở rộng hợp tác y tế", "tăng cường hợp tác du lịch"]),
    # the acts after "," in a purpose clause with its own subject are that subject's; a result after it is still none
    ("Hai bên nhất trí tạo thuận lợi để doanh nghiệp hai nước kinh doanh ổn định, mở rộng đầu tư; tăng cường hợp tác y tế.",
     ["tạo thuận lợi để doanh nghiệp hai nước kinh doanh ổn định, mở rộng đầu tư", "tăng cường hợp tác y tế"]),
    ("Hai bên nhất trí tìm kiếm nguồn vốn để lập báo cáo khả thi, phối hợp chặt chẽ hơn trong quy hoạch cửa khẩu.",
     ["tìm kiếm nguồn vốn để lập báo cáo khả thi", "phối hợp chặt chẽ hơn trong quy hoạch cửa khẩu"]),  # no subject
    ("Hai bên nhất trí phối hợp nhằm bảo đảm hội nghị thành công, qua đó nâng cao vị thế của khu vực.",
     ["phối hợp nhằm bảo đảm hội nghị thành công"]),
    ("Hai bên nhất trí mở rộng hợp tác để cùng phát triển và tăng cường giao lưu thanh niên.",  # "và" ends it
     ["mở rộng hợp tác để cùng phát triển", "tăng cường giao lưu thanh niên"]),
    ("Hai bên nhất trí tháo gỡ các vướng mắc, tạo môi trường kinh doanh thuận lợi cho doanh nghiệp.",  # an act
     ["tháo gỡ các vướng mắc", "tạo môi trường kinh doanh thuận lợi cho doanh nghiệp"]),
    ("Hai bên nhất trí thúc đẩy mạnh mẽ, tạo đột phá trong hợp tác kinh tế.",  # an aim of the verb before
     ["thúc đẩy mạnh mẽ, tạo đột phá trong hợp tác kinh tế"]),
    ("Hai bên nhất trí củng cố quan hệ thông qua các chuyến thăm, trao đổi đoàn các cấp; mở rộng hợp tác y tế.",  # means
     ["củng cố quan hệ thông qua các chuyến thăm, trao đổi đoàn các cấp", "mở rộng hợp tác y tế"]),
    ("Hai bên nhất trí sớm thông qua kế hoạch hợp tác, trao đổi đoàn các cấp.",  # to adopt, no means
     ["sớm thông qua kế hoạch hợp tác", "trao đổi đoàn các cấp"]),
    ("Hai bên nhất trí tăng cường trao đổi đoàn các cấp, kết nối các thế hệ lãnh đạo trẻ.",  # a field word with an object
     ["tăng cường trao đổi đoàn các cấp", "kết nối các thế hệ lãnh đạo trẻ"]),
    ("Hai bên nhất trí thúc đẩy phục hồi kinh tế và ứng phó các thách thức an ninh mạng.",
     ["thúc đẩy phục hồi kinh tế", "ứng phó các thách thức an ninh mạng"]),
    ("Hai bên nhất trí mở rộng hợp tác y tế, đồng thời cấp thêm học bổng cho sinh viên hai nước.",  # "đồng thời" opens
     ["mở rộng hợp tác y tế", "cấp thêm học bổng cho sinh viên hai nước"]),
    ("Hai bên nhất trí chống bất bình đẳng, không để ai bị bỏ lại phía sau.",
     ["chống bất bình đẳng", "không để ai bị bỏ lại phía sau"]),
    # an assignment is one undertaking, the acts it assigns in it
    ("Hai bên nhất trí giao các cơ quan chức năng nghiên cứu kỹ, sớm hoàn thiện đề án hợp tác; mở rộng hợp tác y tế.",
     ["giao các cơ quan chức năng nghiên cứu kỹ, sớm hoàn thiện đề án hợp tác", "mở rộng hợp tác y tế"]),
    ("Hai bên nhất trí tăng cường giao lưu thanh niên, sớm hoàn thiện đề án hợp tác.",  # "giao lưu" assigns nothing
     ["tăng cường giao lưu thanh niên", "sớm hoàn thiện đề án hợp tác"]),
    # acts made nouns after "công tác" are its objects, not undertakings of their own
    ("Hai bên nhất trí tăng cường công tác kiểm tra, giám sát, bảo vệ rừng đầu nguồn; mở rộng hợp tác du lịch.",
     ["tăng cường công tác kiểm tra, giám sát, bảo vệ rừng đầu nguồn", "mở rộng hợp tác du lịch"]),
    ("Hai bên nhất trí đẩy mạnh tuyên truyền về giá trị truyền thống đoàn kết, giúp đỡ lẫn nhau.",
     ["đẩy mạnh tuyên truyền về giá trị truyền thống đoàn kết, giúp đỡ lẫn nhau"]),
    ("Hai bên nhất trí tăng cường công tác kiểm tra hàng hóa qua cửa khẩu, bảo vệ rừng đầu nguồn.",  # its object named
     ["tăng cường công tác kiểm tra hàng hóa qua cửa khẩu", "bảo vệ rừng đầu nguồn"]),
    ("Hai bên nhất trí tiếp tục phối hợp, hỗ trợ tìm kiếm hài cốt liệt sĩ.",  # two verbs, one object
     ["tiếp tục phối hợp, hỗ trợ tìm kiếm hài cốt liệt sĩ"]),
    ("Hai bên nhất trí tiếp tục phối hợp chặt chẽ, chuẩn bị tốt cho các hoạt động cấp cao.",
     ["tiếp tục phối hợp chặt chẽ, chuẩn bị tốt cho các hoạt động cấp cao"]),
    ("Hai bên nhất trí thực hiện hiệu quả kế hoạch hợp tác và chuẩn bị tốt cho kỳ họp Ủy ban liên Chính phủ.",
     ["thực hiện hiệu quả kế hoạch hợp tác", "chuẩn bị tốt cho kỳ họp Ủy ban liên Chính phủ"]),
    ("Các cuộc trao đổi diễn ra trên tinh thần nhất trí thể hiện quyết tâm tăng cường tin cậy.", []),
    ("Thủ tướng Phạm Minh Chính đề nghị hai bên cụ thể hóa và thực hiện hiệu quả các thỏa thuận cấp cao.",
     ["cụ thể hóa và thực hiện hiệu quả các thỏa thuận cấp cao"]),
    ("Hai bên nhất trí tăng cường hợp tác an ninh, phối hợp tìm kiếm hài cốt liệt sĩ.",
     ["tăng cường hợp tác an ninh", "phối hợp tìm kiếm hài cốt liệt sĩ"]),
    ("Nhất trí với các chỉ đạo của Thủ tướng, hai bên sẽ báo cáo kết quả.", []),
    ("Hai bên nhất trí đẩy mạnh hợp tác thương mại; ghi nhận kim ngạch năm 2023 đạt 2 tỷ USD.",
     ["đẩy mạnh hợp tác thương mại"]),
    ("Hai bên nhất trí mở rộng hợp tác năng lượng; trao đổi thẳng thắn về các vấn đề cùng quan tâm.",
     ["mở rộng hợp tác năng lượng"]),
    ("Hai bên cam kết tăng cường hợp tác du lịch, đồng thời khẳng định coi trọng quan hệ hai nước.",
     ["tăng cường hợp tác du lịch"]),
    ("Hai bên nhất trí mở rộng hợp tác y tế; Thủ tướng Phạm Minh Chính mời Thủ tướng Sonexay Siphandone thăm Huế.",
     ["mở rộng hợp tác y tế"]),
    ("Hai bên nhất trí phối hợp tổ chức tốt Năm Hữu nghị, qua đó góp phần thắt chặt quan hệ.",
     ["phối hợp tổ chức tốt Năm Hữu nghị"]),
    ("Hai bên nhất trí mở rộng hợp tác du lịch, góp phần tăng cường hiểu biết giữa nhân dân hai nước.",
     ["mở rộng hợp tác du lịch"]),
    ("Hai bên nhất trí nâng cấp quan hệ lên Đối tác chiến lược và ra Tuyên bố chung về việc này.",
     ["nâng cấp quan hệ lên Đối tác chiến lược"]),  # issuing a statement is done, not undertaken
    ("Hai bên nhất trí kiểm soát tốt bất đồng, tôn trọng lợi ích chính đáng của nhau.",
     ["kiểm soát tốt bất đồng", "tôn trọng lợi ích chính đáng của nhau"]),
    ("Hai bên nhất trí trao đổi đoàn các cấp; tăng cường trao đổi kinh nghiệm quản lý.",  # a talk is not an exchange
     ["trao đổi đoàn các cấp", "tăng cường trao đổi kinh nghiệm quản lý"]),
]


@pytest.mark.parametrize("sentence, whats", LISTS)
def test_commitments_fields_stay_acts_split_views_dropped(sentence: str, whats: list) -> None:
    assert [c.what.text for c in _found(sentence)[1]] == whats


# (sentence, [(kind, what, by, of)]): reported undertakings of a named side; a call with its addressee; a target word
# inside another verb's list
REPORTED = [
    ("Thủ tướng Sonexay Siphandone cho biết Lào sẽ dành quỹ đất cho dự án.",
     [("commit", "dành quỹ đất cho dự án", {"country:LA"}, set())]),
    ("Thủ tướng Phạm Minh Chính thông báo Việt Nam sẽ viện trợ Lào 100 tấn gạo.",
     [("commit", "viện trợ Lào 100 tấn gạo", {"country:VN"}, set())]),
    ("Thủ tướng Sonexay Siphandone cho biết sẽ sang dự lễ kỷ niệm.", []),  # a stop of a programme
    ("Thủ tướng Phạm Minh Chính bày tỏ sẽ thúc đẩy các cơ quan liên quan phối hợp với phía Lào.",
     [("commit", "thúc đẩy các cơ quan liên quan phối hợp với phía Lào", {PMC}, set())]),
    ("Thủ tướng Sonexay Siphandone bày tỏ tin tưởng chuyến thăm sẽ góp phần thắt chặt quan hệ.", []),  # no side
    ("Thủ tướng Phạm Minh Chính khẳng định Việt Nam sẽ tiếp tục hỗ trợ Lào.",
     [("commit", "tiếp tục hỗ trợ Lào", {"country:VN"}, set())]),
    ("Thủ tướng Phạm Minh Chính kêu gọi hai bên kiềm chế, tuân thủ các thỏa thuận.",
     [("request", "kiềm chế, tuân thủ các thỏa thuận", {PMC}, set(BOTH))]),
    ("Thủ tướng Phạm Minh Chính kêu gọi tăng cường đoàn kết.", []),  # no one asked
    ("Thủ tướng Phạm Minh Chính đề nghị cần duy trì đà tích cực, quyết tâm tháo gỡ vướng mắc.", []),
    ("Thủ tướng Phạm Minh Chính nêu ba đề xuất: thúc đẩy chuyển đổi số; đầu tư cho con người.", []),
    ("Thủ tướng Phạm Minh Chính đề nghị các bộ, ngành rà soát các dự án.", [("request", "rà soát các dự án", {PMC}, set())]),
    ("Việt Nam sẵn sàng chia sẻ kinh nghiệm phục hồi kinh tế và mong muốn thương mại hai nước phát triển, bền vững.",
     [("commit", "chia sẻ kinh nghiệm phục hồi kinh tế", {"country:VN"}, set())]),
    ("Việt Nam mong muốn và sẵn sàng cùng Lào phát triển du lịch.",
     [("commit", "cùng Lào phát triển du lịch", {"country:VN"}, set())]),
    ("Hai bên nhất trí mở rộng hợp tác năng lượng, phấn đấu đưa kim ngạch tăng trưởng tương xứng với tiềm năng.",
     [("agree", "mở rộng hợp tác năng lượng", set(BOTH), set()),
      ("agree", "phấn đấu đưa kim ngạch tăng trưởng tương xứng với tiềm năng", set(BOTH), set())]),
    ("Hai bên nhất trí nâng cấp quan hệ, đặt mục tiêu tăng gấp đôi kim ngạch, khai thác tốt hiệp định thương mại.",
     [("agree", "nâng cấp quan hệ", set(BOTH), set()), ("target", "tăng gấp đôi kim ngạch", set(BOTH), set()),
      ("agree", "khai thác tốt hiệp định thương mại", set(BOTH), set())]),
    ("Thủ tướng Phạm Minh Chính đề nghị phía Lào quyết tâm tạo đột phá, phấn đấu đưa kim ngạch sớm đạt 5 tỷ USD; tháo gỡ "
     "vướng mắc cho doanh nghiệp.",
     [("request", "quyết tâm tạo đột phá", {PMC}, {"country:LA"}),
      ("target", "đưa kim ngạch sớm đạt 5 tỷ USD", {PMC}, {"country:LA"}),
      ("request", "tháo gỡ vướng mắc cho doanh nghiệp", {PMC}, {"country:LA"})]),
    ("Hai bên nhất trí làm sâu sắc quan hệ Đối tác toàn diện, hướng tới xây dựng quan hệ Đối tác chiến lược.",
     [("agree", "làm sâu sắc quan hệ Đối tác toàn diện, hướng tới xây dựng quan hệ Đối tác chiến lược", set(BOTH),
       set())]),
]


@pytest.mark.parametrize("sentence, expected", REPORTED)
def test_commitments_reported_called_and_listed_targets(sentence: str, expected: list) -> None:
    _, found = _found(sentence)
    assert [(c.kind, c.what.text, set(c.by), set(c.of)) for c in found] == expected


@pytest.mark.parametrize("sentence, expected", TARGETS)
def test_commitments_targets_per_figure_and_goal(sentence: str, expected: list) -> None:
    _, found = _found(sentence)
    assert [(c.kind, c.what.text) for c in found] == expected


@pytest.mark.parametrize("sentence, expected", SPLITS)
def test_commitments_one_per_undertaking(sentence: str, expected: list) -> None:
    _, found = _found(sentence)
    assert [(c.kind, c.what.text, c.topic) for c in found] == expected
    assert all(c.evidence.text == sentence.rstrip(".") for c in found)


# (sentence, by, of): collectives stand for both countries, one person for the person; the one asked after the verb
PARTIES = [
    ("Hai bên nhất trí tăng cường kết nối hạ tầng.", BOTH, ()),
    ("Thủ tướng Phạm Minh Chính khẳng định Việt Nam sẽ tiếp tục ủng hộ Lào.", ("country:VN",), ()),
    ("Thủ tướng Sonexay Siphandone khẳng định sẽ tạo thuận lợi cho doanh nghiệp Việt Nam.", (SONEXAY,), ()),
    ("Thủ tướng Phạm Minh Chính nhấn mạnh hai nước sẽ tăng cường kết nối giao thông.", BOTH, ()),
    ("Lãnh đạo hai nước thống nhất đẩy mạnh hợp tác quốc phòng.", BOTH, ()),
    ("Thủ tướng Phạm Minh Chính và Thủ tướng Sonexay Siphandone nhất trí tăng cường kết nối hạ tầng.", BOTH, ()),
    ("Phía Lào cam kết bảo đảm an ninh cho các dự án.", ("country:LA",), ()),
    ("Thủ tướng Phạm Minh Chính đề nghị phía Lào đẩy nhanh tiến độ giải phóng mặt bằng.", (PMC,), ("country:LA",)),
    ("Thủ tướng Phạm Minh Chính đề nghị Chính phủ Lào quan tâm chỉ đạo các địa phương.", (PMC,), ("country:LA",)),
    ("Thủ tướng Sonexay Siphandone kêu gọi phía Bạn tiếp tục hỗ trợ Lào xây dựng trường học.", (SONEXAY,),
     ("country:VN",)),
    ("Thủ tướng Phạm Minh Chính đề nghị hai bên tiếp tục phối hợp chặt chẽ.", (PMC,), BOTH),
    ("Thủ tướng Phạm Minh Chính đề nghị Bộ Ngoại giao Lào cùng Bộ Ngoại giao Việt Nam tổ chức tham vấn chính trị.",
     (PMC,), ("org:mofa-la", "org:mofa-vn")),
    ("Tại trụ sở Quốc hội Lào, Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Sonexay Siphandone, đề nghị Quốc hội Lào "
     "tạo điều kiện cho doanh nghiệp.", (PMC,), ("org:la-national-assembly",)),  # a place, an object: no subject
    ("Hai nhà lãnh đạo đánh giá cao kết quả chuyến thăm của Thủ tướng Phạm Minh Chính năm 2023; nhất trí duy trì "
     "tiếp xúc cấp cao.", BOTH, ()),
]


@pytest.mark.parametrize("sentence, by, of", PARTIES)
def test_commitments_by_and_of(sentence: str, by: tuple, of: tuple) -> None:
    _, found = _found(sentence)
    assert len(found) == 1
    assert set(found[0].by) == set(by) and set(found[0].of) == set(of)


PROVINCES = ("Chiều 12/3/2024, tại thành phố Vinh, lãnh đạo tỉnh Nghệ An hội đàm với đoàn tỉnh Xiêng Khoảng (Lào) sang thăm Việt Nam. "
             "Nghệ An và Xiêng Khoảng là hai tỉnh kết nghĩa; Nghệ An đã hỗ trợ Xiêng Khoảng xây trường học. ")
NGHE_AN, XIENG = "place:nghe-an", "place:xieng-khouang"


@pytest.mark.parametrize("sentence, by, of", [
    ("Hai bên nhất trí tăng cường trao đổi đoàn các cấp.", {NGHE_AN, XIENG}, set()),
    ("Lãnh đạo hai tỉnh thống nhất mở rộng hợp tác du lịch.", {NGHE_AN, XIENG}, set()),
    ("Tỉnh Nghệ An cam kết hỗ trợ Xiêng Khoảng đào tạo cán bộ.", {NGHE_AN}, set()),
    ("Hai nước nhất trí tăng cường hợp tác quốc phòng.", set(BOTH), set()),  # "nước": the countries
])
def test_commitments_two_provinces_undertake(sentence: str, by: set, of: set) -> None:
    doc = bangiao.extract(PROVINCES + sentence)
    assert {e.id for e in doc.entities if e.type == "PLACE"} >= {NGHE_AN, XIENG}
    (c,) = doc.commitments
    assert (set(c.by), set(c.of)) == (by, of)


def test_commitments_two_ministries_undertake() -> None:
    doc = bangiao.extract("Ngày 6/1/2024, tại Hà Nội, Bộ trưởng Bộ Giao thông vận tải Việt Nam tiếp Bộ trưởng Bộ Công "
                          "chính và Vận tải Lào. Hai bộ nhất trí thành lập tổ công tác chung. Hai nước nhất trí tăng "
                          "cường hợp tác giáo dục.")
    ministries = {e.id for e in doc.entities if e.type == "ORG" and e.name.startswith("Bộ ")}
    assert len(ministries) == 2
    assert [set(c.by) for c in doc.commitments] == [ministries, set(BOTH)]


@pytest.mark.parametrize("sentence, by, of", [
    ("Thủ tướng ba nước Việt Nam - Campuchia - Lào nhất trí tăng cường kết nối giao thông.",
     {"country:VN", "country:KH", "country:LA"}, set()),
    ("Lãnh đạo ba nước nhất trí thúc đẩy hợp tác du lịch.", {"country:VN", "country:KH", "country:LA"}, set()),
    ("Thủ tướng Phạm Minh Chính đề nghị ba nước phối hợp phòng chống dịch bệnh.", {PMC},
     {"country:VN", "country:KH", "country:LA"}),
])
def test_commitments_three_countries(sentence: str, by: set, of: set) -> None:
    doc = bangiao.extract("Ngày 6/1/2024, tại Viêng Chăn, Thủ tướng Việt Nam Phạm Minh Chính gặp Thủ tướng Campuchia Hun Manet và "
                          "Thủ tướng Lào Sonexay Siphandone. Lào và Campuchia là láng giềng. " + sentence)
    (c,) = doc.commitments
    assert (set(c.by), set(c.of)) == (by, of)


def test_commitments_a_province_named_less_than_its_country_is_no_side() -> None:
    doc = bangiao.extract(LEAD + "Thủ tướng Lào cảm ơn tỉnh Nghệ An. Hai bên nhất trí tăng cường hợp tác giáo dục.")
    assert set(doc.commitments[0].by) == set(BOTH)


def test_commitments_subject_carried_over() -> None:
    """A sentence without a subject: an agreement is both sides'; a commitment or request the last subject's."""
    _, found = _found("Việt Nam cam kết hỗ trợ Lào đào tạo cán bộ. Nhất trí tăng cường hợp tác giáo dục. Cam kết "
                      "tiếp tục cấp học bổng cho sinh viên Lào.")
    assert [(c.kind, set(c.by)) for c in found] == [("commit", {"country:VN"}), ("agree", set(BOTH)),
                                                    ("commit", set(BOTH))]


# (sentence, deadline, date): deadline words; the governing date, or the date a recalled one was made
TIMES = [
    ("Hai bên nhất trí hoàn thành việc tôn tạo mốc giới đến năm 2025.", "2025", "2024-01-06"),
    ("Hai bên nhất trí mở thêm cặp cửa khẩu vào năm 2026.", "2026", "2024-01-06"),
    ("Hai bên nhất trí khởi công tuyến đường sắt trong quý IV/2024.", "2024-10", "2024-01-06"),
    ("Hai bên phấn đấu đưa kim ngạch thương mại lên 5 tỷ USD trước năm 2030.", "2030", "2024-01-06"),
    ("Hai bên nhất trí tăng cường hợp tác giáo dục.", None, "2024-01-06"),
    ("Như hai bên đã nhất trí năm 2023, hai nước sẽ khởi công tuyến đường sắt trong quý IV/2024.", "2024-10", "2023"),
    ("Việt Nam đã cam kết năm 2022 viện trợ Lào xây dựng bệnh viện.", None, "2022"),
    ("Hai bên nhất trí tháo gỡ vướng mắc ngay trong năm nay.", "2024", "2024-01-06"),
]


@pytest.mark.parametrize("sentence, deadline, date", TIMES)
def test_commitments_deadline_and_date(sentence: str, deadline: str | None, date: str) -> None:
    _, found = _found(sentence)
    assert len(found) == 1
    assert (found[0].deadline.value if found[0].deadline else None) == deadline
    assert found[0].date.value == date


def test_commitments_recalled_clause_is_the_undertaking() -> None:
    _, (c,) = _found("Như hai bên đã nhất trí năm 2023, hai nước sẽ khởi công tuyến đường sắt trong quý IV/2024.")
    assert (c.kind, c.what.text, set(c.by)) == ("agree", "khởi công tuyến đường sắt trong quý IV/2024", set(BOTH))
    _, (c,) = _found("Việt Nam đã cam kết năm 2022 viện trợ Lào xây dựng bệnh viện.")
    assert (c.what.text, c.cameo) == ("viện trợ Lào xây dựng bệnh viện", "033")


# Sentences with a verb of the vocabulary that undertake nothing
NEAR_MISSES = [
    "Hai bên nhất trí cao về kết quả hợp tác thời gian qua.",
    "Hai Thủ tướng đánh giá cao quan hệ hữu nghị đặc biệt.",
    "Hai bên khẳng định quan hệ Việt Nam – Lào là tài sản vô giá.",
    "Hai bên khẳng định quan hệ Việt Nam – Lào là tài sản vô giá, sẽ được gìn giữ mãi mãi.",
    "Nhân dân Việt Nam đã hoàn thành sự nghiệp thống nhất đất nước.",
    "Theo đề nghị của phía Lào, hai bên đã tổ chức hội thảo.",
    "Hai bên mong muốn quan hệ hai nước ngày càng phát triển.",
    "Thủ tướng Sonexay Siphandone mong muốn phía Bạn tiếp tục hỗ trợ Lào xây dựng trường học.",  # a wish, addressed
    "Bí thư Tỉnh ủy mong Bạn tạo điều kiện cho doanh nghiệp của tỉnh.",
    "Các biện pháp mà hai Chính phủ thống nhất đang phát huy hiệu quả.",
    "Đoàn đã đến thăm Dinh Thống Nhất.",
    "Hai bên ký Biên bản ghi nhớ về đề nghị hợp tác đào tạo.",
    "Hai bên hướng tới một tương lai tốt đẹp hơn.",
    "Hai bên thống nhất cho rằng hợp tác kinh tế chưa tương xứng.",
    "Thủ tướng hoan nghênh các cam kết của doanh nghiệp.",
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_commitments_not_from_views_nouns_or_names(sentence: str) -> None:
    assert _found(sentence)[1] == ()


# (sentence, topics): the first keyword's topic; fields of three topics are "other"; the weak words when no keyword
# stands; a target of a sum is trade
TOPIC_CASES = [
    ("Hai bên nhất trí mở rộng hợp tác giáo dục, nông nghiệp, năng lượng.", ["other"]),
    ("Hai bên nhất trí tăng cường hợp tác quốc phòng, an ninh.", ["defence_security"]),
    ("Hai bên nhất trí tăng cường hợp tác năng lượng, đầu tư.", ["energy"]),  # two topics: the first
    ("Hai bên nhất trí kiểm soát tốt bất đồng trên biển.", ["defence_security"]),
    ("Hai bên nhất trí sớm xây dựng Kế hoạch hành động.", ["politics"]),
    ("Hai bên nhất trí làm sâu sắc quan hệ Đối tác toàn diện.", ["politics"]),
    ("Hai bên nhất trí làm sâu sắc quan hệ kinh tế.", ["economy_trade"]),  # a keyword before a weak word
    ("Hai bên nhất trí phối hợp tổ chức tốt các hoạt động kỷ niệm 60 năm thiết lập quan hệ ngoại giao.",
     ["culture_people"]),
    ("Hai bên phấn đấu đưa kim ngạch thương mại lên 4 tỷ USD vào năm 2026 và 6 tỷ USD vào năm 2030.",
     ["economy_trade", "economy_trade"]),
]


@pytest.mark.parametrize("sentence, topics", TOPIC_CASES)
def test_commitments_topic_of_the_clause(sentence: str, topics: list) -> None:
    assert [c.topic for c in _found(sentence)[1]] == topics


@pytest.mark.parametrize("sentence, cameo", [
    ("Hai bên nhất trí tăng cường hợp tác quốc phòng.", "0312"),
    ("Hai bên nhất trí đẩy mạnh hợp tác thương mại.", "0311"),
    ("Hai bên nhất trí tăng cường tin cậy chính trị.", "032"),
    ("Hai bên nhất trí tổ chức kỳ họp Ủy ban hỗn hợp vào năm 2025.", "036"),
    ("Hai bên nhất trí sớm đàm phán hiệp định tương trợ tư pháp.", "036"),
    ("Hai bên nhất trí ký hiệp định tương trợ tư pháp.", "0313"),
    ("Hai bên nhất trí tăng cường giao lưu văn hóa.", "030"),
    ("Thủ tướng Phạm Minh Chính đề nghị phía Lào tăng cường hợp tác quốc phòng.", "020"),
])
def test_commitments_cameo_by_kind_and_topic(sentence: str, cameo: str) -> None:
    assert [c.cameo for c in _found(sentence)[1]] == [cameo]


def test_commitments_link_figures_agreements_and_projects() -> None:
    doc, (target,) = _found("Hai bên phấn đấu đưa kim ngạch thương mại song phương lên 5 tỷ USD trước năm 2030.")
    (i,) = target.about.figures
    assert doc.figures[i].value == 5_000_000_000 and doc.figures[i].is_target
    doc, (treaty, _) = _found("Hai bên nhất trí triển khai hiệu quả Hiệp định Thương mại biên giới, tăng cường hợp "
                              "tác tư pháp.")
    assert treaty.about.agreements == (doc.agreements[0].id,) and _.about.agreements == ()
    # the projects are built by hand: the projects stage is written apart
    doc = bangiao.extract(LEAD + "Hai bên nhất trí đẩy nhanh tiến độ tuyến cao tốc Viêng Chăn – Hà Nội, sớm bàn giao "
                                 "Trường Hữu nghị 80.")
    text = doc.text
    school = text.index("Trường Hữu nghị 80")
    projects = (Project("project:cao-toc", "Đường cao tốc Viêng Chăn - Hà Nội", "road", Span.of(text, 0, 10)),
                Project("project:truong-80", "Trường Hữu nghị 80", "education",
                        Span.of(text, school, school + len("Trường Hữu nghị 80"))))
    road, gift = find_commitments(text, doc.entities, _dating(doc), projects, doc.agreements, doc.figures)
    assert (road.about.projects, road.topic) == (("project:cao-toc",), "connectivity")
    assert (gift.about.projects, gift.topic) == (("project:truong-80",), "education")  # the project's kind


def test_commitments_agreement_name_running_on_links_only_its_own_clause() -> None:
    doc = bangiao.extract(LEAD + "Hai bên nhất trí triển khai hiệu quả Hiệp định Thương mại biên giới và đẩy nhanh tiến "
                                 "độ tuyến cao tốc.")
    treaty, road = doc.commitments
    assert (treaty.what.text, road.what.text) == ("triển khai hiệu quả Hiệp định Thương mại biên giới",
                                                  "đẩy nhanh tiến độ tuyến cao tốc")
    assert treaty.about.agreements == (doc.agreements[0].id,) and road.about.agreements == ()


def test_commitments_project_names_are_not_cut_and_evidence_links() -> None:
    doc = bangiao.extract(LEAD + "Hai bên nhất trí triển khai Chương trình Hỗ trợ, nâng cao năng lực giáo dục, xây dựng "
                                 "nhà máy thủy điện trên sông Sê Kông.")
    text = doc.text
    named = "Chương trình Hỗ trợ, nâng cao năng lực giáo dục"
    plant = text.index("nhà máy thủy điện")
    projects = (Project("project:ho-tro", named, "programme", Span.of(text, 0, 10)),
                Project("project:xekong", "Thủy điện Sê Kông 3", "energy", Span.of(text, plant, plant + 17)))
    found = find_commitments(text, doc.entities, _dating(doc), projects, doc.agreements, doc.figures)
    assert [(c.what.text, c.about.projects) for c in found] == [
        (f"triển khai {named}", ("project:ho-tro",)),
        ("xây dựng nhà máy thủy điện trên sông Sê Kông", ("project:xekong",))]  # its evidence is in the clause
    unnamed = find_commitments(text, doc.entities, _dating(doc), (), doc.agreements, doc.figures)
    assert [c.what.text for c in unnamed][:2] == ["triển khai Chương trình Hỗ trợ", "nâng cao năng lực giáo dục"]


def _dating(doc):
    from bangiao.extract.dating import date_document
    return date_document(doc.text, doc.entities, doc.published)


def test_commitments_restated_once() -> None:
    sentence = "Hai bên nhất trí tăng cường hợp tác giáo dục."
    doc = bangiao.extract(f"{sentence}\n{LEAD}{sentence}")
    assert [c.what.text for c in doc.commitments] == ["tăng cường hợp tác giáo dục"]
    assert [c.id for c in doc.commitments] == ["c1"]


# (article, the whats found): a headline restates the body; a lead restated later is taken from the later sentence
RESTATED = [
    ("Việt Nam – Lào phấn đấu đưa kim ngạch lên 5 tỷ USD\n" + LEAD + "Hai bên nhất trí phấn đấu đưa kim ngạch "
     "thương mại song phương lên 5 tỷ USD trong thời gian tới.", ["đưa kim ngạch thương mại song phương lên 5 tỷ USD "
                                                                 "trong thời gian tới"]),
    ("Hai nước nhất trí mở thêm đường bay\n" + LEAD + "\nHai bên nhất trí tăng cường hợp tác giáo dục.",
     ["tăng cường hợp tác giáo dục"]),  # a headline's undertaking the body does not tell: still the headline's
    ("Hợp tác Việt – Lào\n" + LEAD + "Hai Thủ tướng nhất trí phấn đấu sớm đưa con số này lên 5 tỷ USD.\nHai bên phấn đấu đưa "
     "kim ngạch thương mại lên 5 tỷ USD.", ["đưa kim ngạch thương mại lên 5 tỷ USD"]),
    ("Hợp tác Việt – Lào\n" + LEAD + "Hai bên phấn đấu đưa kim ngạch lên 5 tỷ USD vào năm 2030.\nHai bên phấn đấu "
     "sớm đưa kim ngạch thương mại lên 5 tỷ USD.",  # another deadline: both
     ["đưa kim ngạch lên 5 tỷ USD vào năm 2030", "sớm đưa kim ngạch thương mại lên 5 tỷ USD"]),
    ("Hợp tác Việt – Lào\n" + LEAD + "Hai bên nhất trí tăng cường hợp tác giáo dục, đào tạo.\nHai bên cũng nhất trí "
     "mở thêm đường bay thẳng.", ["tăng cường hợp tác giáo dục, đào tạo", "mở thêm đường bay thẳng"]),
]


@pytest.mark.parametrize("article, whats", RESTATED)
def test_commitments_headline_and_lead_restated_once(article: str, whats: list) -> None:
    assert [c.what.text for c in bangiao.extract(article).commitments] == whats


# (text after LEAD, [(kind, what, by)]): a sentence without a verb that opens with an undertaking's words goes on with
# the list before it, with its kind and sides; one with a verb, a time ("Cùng ngày") or a field does not
CONTINUED = [
    ("Hai Thủ tướng nhất trí đẩy mạnh hợp tác năng lượng.\nTiếp tục thúc đẩy tuyến đường sắt; hỗ trợ nhau phát triển "
     "nguồn nhân lực.\nBên cạnh đó, tăng cường hợp tác du lịch.",
     [("agree", "đẩy mạnh hợp tác năng lượng"), ("agree", "Tiếp tục thúc đẩy tuyến đường sắt"),
      ("agree", "hỗ trợ nhau phát triển nguồn nhân lực"), ("agree", "tăng cường hợp tác du lịch")]),
    ("Thủ tướng Phạm Minh Chính đề nghị phía Lào đẩy nhanh giải phóng mặt bằng. Tháo gỡ vướng mắc cho doanh nghiệp.",
     [("request", "đẩy nhanh giải phóng mặt bằng"), ("request", "Tháo gỡ vướng mắc cho doanh nghiệp")]),
    ("Hai bên nhất trí đẩy mạnh hợp tác năng lượng. Cùng ngày, Thủ tướng Phạm Minh Chính tiếp các doanh nghiệp.",
     [("agree", "đẩy mạnh hợp tác năng lượng")]),
    ("Hai bên nhất trí đẩy mạnh hợp tác năng lượng. Đào tạo nguồn nhân lực là ưu tiên hàng đầu.",
     [("agree", "đẩy mạnh hợp tác năng lượng")]),
    ("Hai bên đánh giá cao kết quả hợp tác. Tăng cường hợp tác du lịch.", []),  # nothing to go on with
    ("Hai bên nhất trí đẩy mạnh hợp tác năng lượng. Trao đổi về tình hình khu vực, Thủ tướng Sonexay Siphandone "
     "đánh giá cao vai trò của ASEAN.", [("agree", "đẩy mạnh hợp tác năng lượng")]),  # a person: its own subject
    ("Hai bên nhất trí đẩy mạnh hợp tác năng lượng.\nTăng cường hợp tác du lịch\nTại hội đàm, hai bên đánh giá cao "
     "kết quả hợp tác.", [("agree", "đẩy mạnh hợp tác năng lượng")]),  # a crosshead goes on with nothing
]


@pytest.mark.parametrize("after, expected", CONTINUED)
def test_commitments_sentence_without_verb_continues_the_list(after: str, expected: list) -> None:
    doc = bangiao.extract(LEAD + after)
    assert [(c.kind, c.what.text) for c in doc.commitments] == expected
    assert len({c.by for c in doc.commitments}) <= 1


def test_commitments_crosshead_told_again_in_other_words_is_the_body_one() -> None:
    doc = bangiao.extract(LEAD + "\nViệt Nam sẵn sàng hỗ trợ Lào đào tạo cán bộ\nThủ tướng Phạm Minh Chính khẳng định "
                                 "Việt Nam sẵn sàng hỗ trợ Lào đào tạo cán bộ trong năm 2024.")
    assert [c.what.text for c in doc.commitments] == ["hỗ trợ Lào đào tạo cán bộ trong năm 2024"]


def test_commitments_crosshead_restated_in_the_body_is_the_body_one() -> None:
    doc = bangiao.extract(LEAD + "\nNhất trí tăng cường trao đổi đoàn các cấp\nTại hội đàm, hai bên nhất trí tăng "
                                 "cường trao đổi đoàn các cấp.")
    (c,) = doc.commitments
    assert c.evidence.text.startswith("Tại hội đàm")


CLAUSES = ["tăng cường hợp tác quốc phòng", "đẩy mạnh giao lưu văn hóa", "nâng cao hiệu quả hợp tác giáo dục",
           "phối hợp chặt chẽ tại các diễn đàn đa phương", "mở rộng hợp tác năng lượng, khoáng sản",
           "thúc đẩy kết nối hạ tầng giao thông", "duy trì tiếp xúc cấp cao"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(range(len(CLAUSES))), min_size=1, max_size=5, unique=True),
       st.lists(st.sampled_from([", ", " và ", "; ", ", đồng thời "]), min_size=4, max_size=4))
def test_commitments_any_list_splits_into_its_clauses(picked: list[int], joins: list[str]) -> None:
    body = CLAUSES[picked[0]] + "".join(joins[k] + CLAUSES[i] for k, i in enumerate(picked[1:]))
    _, found = _found(f"Hai bên nhất trí {body}.")
    assert [c.what.text for c in found] == [CLAUSES[i] for i in picked]


PIECES = ["Hai bên", "nhất trí", "đề nghị", "phía Bạn", "phía Lào", "cam kết", "phấn đấu", "5 tỷ USD", "năm 2030",
          "trước", "như", "đã", "thống nhất", "Việt Nam", "Thủ tướng Phạm Minh Chính", "tăng cường", "và", ",", ";",
          ":", ".", "\n", "khẳng định", "sẽ", "mong muốn", "hợp tác", "quốc phòng", "“", "sự", "của"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_commitments_any_words_give_spans_that_hold(words: list[str]) -> None:
    try:
        _found(" ".join(words))
    except InputError:
        pass  # not an article: the pipeline says so before any stage runs


# ---------------------------------------------------------------- the data file


def _data() -> dict:
    raw = resources.files("bangiao").joinpath("data", "commitments.toml").read_text("utf-8")
    return tomllib.loads(raw)


def test_commitments_data_file_loads() -> None:
    v = commitments.compiled(_data())
    assert {v.kinds["nhất trí"], v.kinds["cam kết"], v.kinds["phấn đấu"], v.kinds["đề nghị"]} == \
        {"agree", "commit", "target", "request"}
    assert v.topics["quốc phòng"] == "defence_security" and v.cameo_topics["other"] == "030"


def _broken(path: tuple[str, ...], value) -> dict:
    data = copy.deepcopy(_data())
    node = data
    for key in path[:-1]:
        node = node[key]
    if value is None:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


@pytest.mark.parametrize("path, value, message", [
    (("verbs", "target"), None, "every kind"),
    (("verbs", "promise"), ["hứa"], "keys among"),
    (("verbs", "agree"), ["nhất trí", ""], "non-empty strings"),
    (("topics", "sport"), ["thể thao"], "keys among"),
    (("topics", "border"), ["biên giới", "quốc phòng"], "two keys"),
    (("cameo", "topics", "energy"), None, "every topic"),
    (("cameo", "request"), "20", "CAMEO codes"),
    (("subjects", "addressed"), ["nhất trí"], "request words"),
    (("subjects", "wishes"), ["đề nghị"], "addressed words too"),
    (("project_topics", "road"), "roads", "project kinds to topics"),
    (("split", "openers"), None, "missing split.openers"),
    (("will", "verbs"), ["khẳng định", "nhất trí"], "must not be"),
])
def test_commitments_data_file_checked(path: tuple, value, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        commitments.compiled(_broken(path, value))


# ---------------------------------------------------------------- linear


def _cpu(work) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def _article(n: int) -> str:
    sentences = [LEAD]
    for k in range(n):
        sentences.append(f"Hai bên nhất trí {CLAUSES[k % 7]} {k}, {CLAUSES[(k + 1) % 7]} {k} và {CLAUSES[(k + 2) % 7]} "
                         f"{k}. Thủ tướng Phạm Minh Chính đề nghị phía Lào {CLAUSES[(k + 3) % 7]} {k} trước năm 2030. "
                         f"Hai bên đánh giá cao kết quả hợp tác năm {2000 + k % 20}.\n")
    return "".join(sentences)


def test_commitments_linear_in_the_text() -> None:
    """4× the text costs less than 5× the time (the work per sentence bounded, lookups by bisection)."""
    docs = [bangiao.extract(_article(n)) for n in (100, 400)]
    args = [(d.text, d.entities, _dating(d), (), d.agreements, d.figures) for d in docs]
    small, large = (_cpu(lambda a=a: find_commitments(*a)) for a in args)
    assert len(find_commitments(*args[1])) == 1600
    assert large < 5 * max(small, 0.004), (small, large)
