"""Authentication-Results parsing (RFC 8601) and the trusted-server verdict."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ipom_mail.pipeline.rules.authres import (
    aligned,
    parse_all,
    parse_authres,
    stated_dmarc_failure,
    topmost,
    trusted_failure,
)


def test_authserv_id_is_the_first_token_lower_cased() -> None:
    header = parse_authres("MX.Example.ORG; spf=pass smtp.mailfrom=a@b.org")
    assert header.authserv_id == "mx.example.org"
    assert [(r.method, r.result) for r in header.results] == [("spf", "pass")]


def test_version_after_the_authserv_id_is_not_part_of_it() -> None:
    header = parse_authres("mx.microsoft.com 1; spf=none; dmarc=none")
    assert header.authserv_id == "mx.microsoft.com"
    assert header.version == "1"
    assert [r.method for r in header.results] == ["spf", "dmarc"]


def test_each_method_keeps_its_own_properties() -> None:
    header = parse_authres(
        "mx.google.com;\r\n       dkim=pass header.i=@aol.com header.s=a2048 header.b=aox1b6+y;\r\n"
        "       spf=pass smtp.mailfrom=alice@aol.com;\r\n"
        "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=aol.com"
    )
    dkim, spf, dmarc = header.results
    assert dkim.prop("header.i") == "@aol.com"
    assert dkim.prop("header.b") == "aox1b6+y"
    assert spf.prop("smtp.mailfrom") == "alice@aol.com"
    assert dmarc.prop("header.from") == "aol.com"
    assert dmarc.prop("header.d") is None


def test_comments_are_dropped_even_nested_or_holding_semicolons() -> None:
    header = parse_authres(
        'example.org (a (nested; comment) here); dkim=fail ("body hash; did not verify")'
        " header.d=nauta.cu; spf=pass (x=y; dkim=pass) smtp.mailfrom=nauta.cu"
    )
    assert [(r.method, r.result) for r in header.results] == [("dkim", "fail"), ("spf", "pass")]
    assert header.results[0].prop("header.d") == "nauta.cu"


def test_quoted_values_keep_their_semicolons_and_equals_signs() -> None:
    header = parse_authres(
        'testrun.org; spf=pass smtp.mailfrom="list-bounces+a=b.org;x@lists.example"; dmarc=none'
    )
    assert header.results[0].prop("smtp.mailfrom") == "list-bounces+a=b.org;x@lists.example"
    assert header.results[1].method == "dmarc"


def test_unquoted_values_may_hold_equals_signs() -> None:
    header = parse_authres("mx.google.com; spf=pass smtp.mailfrom=SRS0=63fc=V7=kreata.ee=a@srs.eu")
    assert header.results[0].prop("smtp.mailfrom") == "SRS0=63fc=V7=kreata.ee=a@srs.eu"


def test_odd_spacing_and_upper_case_are_read() -> None:
    header = parse_authres("  mx.example.org ;DKIM = PASS  header.D = Example.ORG ;spf= Fail")
    assert [(r.method, r.result) for r in header.results] == [("dkim", "pass"), ("spf", "fail")]
    assert header.results[0].prop("header.d") == "Example.ORG"


def test_method_version_and_reason_are_read() -> None:
    header = parse_authres('mx.example.org; dkim/1=fail reason="bad signature" header.d=a.org')
    result = header.results[0]
    assert (result.method, result.result, result.reason) == ("dkim", "fail", "bad signature")


def test_header_without_authserv_id_has_none_but_keeps_its_results() -> None:
    header = parse_authres(
        "spf=pass (sender IP is 40.92.73.85)\r\n smtp.mailfrom=hotmail.com; dkim=pass "
        "(signature was verified)\r\n header.d=hotmail.com;dmarc=pass action=none\r\n"
        " header.from=hotmail.com;compauth=pass reason=100"
    )
    assert header.authserv_id is None
    assert [r.method for r in header.results] == ["spf", "dkim", "dmarc", "compauth"]


def test_no_result_header_has_no_results() -> None:
    header = parse_authres("example.org 1; none")
    assert header.authserv_id == "example.org"
    assert header.results == ()


def test_empty_header_has_nothing() -> None:
    assert parse_authres("") == parse_authres("   ")
    assert parse_authres("").authserv_id is None


@given(st.text(max_size=300))
def test_any_text_is_read_without_raising(text: str) -> None:
    header = parse_authres(text)
    assert all(r.method == r.method.lower() for r in header.results)


def _fail(
    *values: str, trusted: tuple[str, ...] = ("mx.example.org",), domain: str = "a.org"
) -> str | None:
    failure = trusted_failure(parse_all(values), trusted, domain)
    return None if failure is None else failure.method


def test_dmarc_fail_from_a_trusted_server_is_a_failure() -> None:
    assert (
        _fail("mx.example.org; dkim=pass header.d=a.org; dmarc=fail header.from=a.org") == "DMARC"
    )


def test_spf_fail_without_dkim_is_a_failure() -> None:
    assert _fail("mx.example.org; spf=fail smtp.mailfrom=x@a.org") == "SPF"


def test_spf_fail_with_an_aligned_dkim_pass_is_not_a_failure() -> None:
    assert _fail("mx.example.org; spf=fail smtp.mailfrom=x@a.org; dkim=pass header.d=a.org") is None


def test_dkim_pass_for_a_parent_domain_is_aligned() -> None:
    assert _fail("mx.example.org; spf=fail; dkim=pass header.d=a.org", domain="mail.a.org") is None


def test_dkim_pass_for_another_domain_does_not_rescue_spf_fail() -> None:
    assert _fail("mx.example.org; spf=fail; dkim=pass header.d=mailer.example") == "SPF"


def test_dkim_pass_identity_without_d_tag_counts_by_its_domain() -> None:
    assert _fail("mx.example.org; spf=fail; dkim=pass header.i=@a.org") is None


def test_dkim_fail_for_the_from_domain_without_any_aligned_pass_is_a_failure() -> None:
    value = "mx.example.org; dkim=fail header.d=a.org; dmarc=none; spf=pass smtp.mailfrom=x@l.eu"
    assert _fail(value) == "DKIM"


def test_dkim_fail_with_an_aligned_spf_pass_is_not_a_failure() -> None:
    assert _fail("mx.example.org; dkim=fail header.d=a.org; spf=pass smtp.mailfrom=x@a.org") is None


def test_dkim_fail_for_another_domain_is_not_a_failure() -> None:
    assert _fail("mx.example.org; dkim=fail header.d=forwarder.example") is None


def test_softfail_and_neutral_are_not_failures() -> None:
    assert _fail("mx.example.org; spf=softfail; dkim=neutral header.d=a.org") is None


def test_results_from_an_untrusted_server_are_ignored() -> None:
    assert _fail("aaa.com; dmarc=fail; spf=fail") is None


def test_a_forged_pass_under_another_id_does_not_rescue_a_trusted_failure() -> None:
    trusted = "mx.example.org; spf=fail smtp.mailfrom=x@a.org"
    forged = "aaa.com; dkim=pass header.i=@a.org"
    assert _fail(trusted, forged, forged) == "SPF"


def test_a_header_without_authserv_id_is_never_trusted() -> None:
    assert _fail("dmarc=fail header.from=a.org", trusted=("mx.example.org", "")) is None


def test_trusted_ids_are_compared_without_case() -> None:
    assert _fail("mx.example.org; dmarc=fail", trusted=(" MX.Example.ORG ",)) == "DMARC"


def test_each_trusted_server_is_weighed_on_its_own() -> None:
    upstream = "relay.example; spf=pass smtp.mailfrom=x@a.org"
    ours = "mx.example.org; dkim=fail header.d=a.org; spf=pass smtp.mailfrom=x@list.example"
    assert _fail(upstream, ours, trusted=("relay.example", "mx.example.org")) == "DKIM"


def test_failure_reason_names_the_server() -> None:
    failure = trusted_failure(
        parse_all(["mx.example.org; dmarc=fail"]), ["mx.example.org"], "a.org"
    )
    assert failure is not None
    assert failure.reason == "sender failed DMARC per mx.example.org"


def test_a_bare_top_level_domain_is_never_aligned() -> None:
    assert not aligned("org", "a.org")
    assert not aligned(None, "a.org")
    assert aligned("A.org.", "mail.a.org")
    assert not aligned("b.a.org", "a.org")
    assert not aligned("ba.org", "a.org")


def test_only_the_results_above_the_senders_first_header_are_topmost() -> None:
    headers = [
        ("Received", "from out.example.es by mx.example.org"),
        ("Authentication-Results", "mx.example.org; spf=fail"),
        ("ARC-Seal", "i=1; a=rsa-sha256"),
        ("X-Spam-Status", "No"),
        ("Authentication-Results", "mx.example.org; dkim=none"),
        ("DKIM-Signature", "v=1; d=example.es"),
        ("Authentication-Results", "mx.example.org; dkim=pass header.d=example.es"),
        ("From", "maria@example.es"),
    ]
    assert topmost(headers) == ("mx.example.org; spf=fail", "mx.example.org; dkim=none")


def test_a_dmarc_failure_is_stated_by_any_header_even_without_an_authserv_id() -> None:
    found = stated_dmarc_failure(parse_all(["spf=pass; dmarc=fail header.from=example.es"]))
    assert (
        found is not None and found.reason == "sender failed DMARC per a server that gave no name"
    )
    assert stated_dmarc_failure(parse_all(["mx.example.org; dmarc=pass"])) is None
