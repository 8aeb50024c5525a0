"""has_han and han_runs look through a whole text at once; they must agree with is_han, character by character."""

from app.names.normalise import han_runs, has_han, is_han
from app.names.pinyin import pinyin_keys


def test_has_han_and_is_han_agree_on_every_character() -> None:
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        assert has_han(ch) == is_han(ch), hex(code)


def test_has_han_finds_one_han_character_anywhere_in_a_text() -> None:
    assert has_han("Teng Biao 滕")
    assert has_han("𠀀 at the start of extension B")
    assert not has_han("Téng Biāo, ئابدۇرېشىت, པདྨ་")


def test_pinyin_only_for_han_names() -> None:
    assert pinyin_keys("滕彪") == ["teng biao"]
    assert pinyin_keys("teng biao") == []
    assert pinyin_keys("滕彪 teng") == []


def test_han_runs_are_the_longest_stretches_of_han_characters_in_order() -> None:
    assert han_runs("买买提江·阿布力孜") == ["买买提江", "阿布力孜"]
    assert han_runs("滕彪 (Teng Biao) 𠀀滕") == ["滕彪", "𠀀滕"]
    assert han_runs("Téng Biāo, ئابدۇرېشىت") == []
    assert han_runs("teng biao") == []
