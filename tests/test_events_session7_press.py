"""Speeches at the press told in real reports' shapes (session 7, batch 8 first contact; our own sentences): a
quotation opening the sentence is the speaker's words, not a statement about the event after it; two leaders who
chair a press conference together, with or without "cùng", each give a SPEECH."""
import pytest

import bangiao

_LEAD = "Sáng 5/6, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đón Ngoại trưởng Hungary Péter Szijjártó. "


def _events(text: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(e.type, tuple(sorted(e.participants)))
            for e in bangiao.extract(_LEAD + "\n\n" + text, published="2025-06-05").events}


_SON, _PS = "person:bui-thanh-son", "person:peter-szijjarto"


@pytest.mark.parametrize("text", [
    "\"Hai bên nhất trí mở rộng hợp tác năng lượng\", Bộ trưởng Bùi Thanh Sơn nói tại họp báo sau hội đàm với "
    "Ngoại trưởng Péter Szijjártó.",
    "“Chúng tôi đánh giá cao vai trò của Hungary”, Bộ trưởng Bùi Thanh Sơn phát biểu tại cuộc họp báo sau hội đàm với "
    "Ngoại trưởng Péter Szijjártó ở Hà Nội.",
])
def test_events_quotation_before_the_speaker_keeps_the_events(text):
    got = _events(text)
    assert ("SPEECH", (_SON,)) in got and ("TALKS", tuple(sorted((_SON, _PS)))) in got


def test_events_statement_outside_quotes_still_states():
    # near-miss: the statement word is the sentence's own, outside any quotation: no event of the talks it praises
    got = _events("Bộ trưởng Bùi Thanh Sơn đánh giá cao kết quả hội đàm với Ngoại trưởng Péter Szijjártó.")
    assert not any(kind == "TALKS" for kind, _ in got)


@pytest.mark.parametrize("text", [
    "Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Péter Szijjártó chủ trì họp báo, giới thiệu kết quả hội đàm.",
    "Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Péter Szijjártó đã chủ trì họp báo chung sau hội đàm.",
])
def test_events_pair_chairing_the_press_conference_speak_each(text):
    got = _events(text)
    assert ("SPEECH", (_SON,)) in got and ("SPEECH", (_PS,)) in got


def test_events_one_chair_of_a_press_briefing_speaks_alone():
    # near-miss: one person chairs; the minister he names after "với" is no speaker
    got = _events("Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng chủ trì họp báo thường kỳ, thông tin về hội đàm "
                  "của Bộ trưởng Bùi Thanh Sơn với Ngoại trưởng Péter Szijjártó.")
    assert ("SPEECH", (_SON,)) not in got and ("SPEECH", (_PS,)) not in got
