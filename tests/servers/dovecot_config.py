"""The files of a throw-away Dovecot 2.3 (see shared/testing/dovecot.md): a self-contained
dovecot.conf (nothing is read from /etc/dovecot), its users file, a TLS certificate from a
fresh trustme CA and the mail folder. tests/servers/dovecot.py starts and stops the server.

As root the server uses the package's dovenull/dovecot users and the mail user nobody (Dovecot
refuses to run its login processes as root); as an ordinary user all three are that user and
chroot is empty.
"""

from __future__ import annotations

import grp
import os
import pwd
from pathlib import Path

USER = "ipom"
PASSWORD = "secret"  # a test password for a throw-away server; also the XOAUTH2 bearer token
CONF_FILE = "dovecot.conf"

# Dovecot 2.3's own post-login capability list; used only to hide some of them
# (e.g. MOVE, to exercise a client's fallback). A list that differed from the installed
# Dovecot's would fail test_hiding_move_removes_only_move_from_the_capabilities.
_CAPABILITIES = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES "
    "THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN "
    "NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES "
    "WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW "
    "STATUS=SIZE SAVEDATE LITERAL+ NOTIFY"
)
DEFAULT_CAPABILITIES = tuple(_CAPABILITIES.split())


def write_files(
    base: Path, *, port: int, tls_port: int = 0, hide_capabilities: tuple[str, ...] = ()
) -> Path | None:
    """Write dovecot.conf, users, the mail folder and (with a TLS port; 0: none) the
    certificate under `base`; return the CA file that issued the certificate (None without)."""
    mail_uid, mail_gid, settings = _accounts()
    users = f"{USER}:{{PLAIN}}{PASSWORD}:{mail_uid}:{mail_gid}::{base}/mail/{USER}::\n"
    (base / "users").write_text(users)
    text = _CONFIG.replace("DIR", str(base)).replace("PORT", str(port))
    for key, value in settings.items():
        text = text.replace(key, value)
    if hide_capabilities:
        shown = [c for c in DEFAULT_CAPABILITIES if c not in hide_capabilities]
        text += f"imap_capability = {' '.join(shown)}\n"
    ca_file = None
    if tls_port:
        ca_file = _issue_certificate(base)
        tls = f"ssl = yes\nssl_cert = <{base}/cert.pem\nssl_key = <{base}/key.pem"
        text = text.replace("ssl = no", tls)
        text = text.replace("port = 0", f"port = {tls_port}")
    (base / CONF_FILE).write_text(text)
    _prepare_maildir(base, mail_uid, mail_gid)
    return ca_file


def _accounts() -> tuple[int, int, dict[str, str]]:
    """The mail uid/gid and the config's users and chroots, as root or as an ordinary user."""
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        login_user, internal_user = "dovenull", "dovecot"
        internal_group = grp.getgrgid(pwd.getpwnam("dovecot").pw_gid).gr_name
        mail_uid, mail_gid = nobody.pw_uid, nobody.pw_gid
        chroot_login, chroot_anvil = "login", "empty"
    else:
        me = pwd.getpwuid(os.geteuid())
        login_user = internal_user = me.pw_name
        internal_group = grp.getgrgid(os.getegid()).gr_name
        mail_uid, mail_gid = me.pw_uid, os.getegid()
        chroot_login = chroot_anvil = ""
    settings = {
        "LOGIN_USER": login_user,
        "INTERNAL_USER": internal_user,
        "INTERNAL_GROUP": internal_group,
        "MAIL_UID": str(mail_uid),
        "CHROOT_LOGIN": chroot_login,
        "CHROOT_ANVIL": chroot_anvil,
    }
    return mail_uid, mail_gid, settings


def _issue_certificate(base: Path) -> Path:
    """Issue a certificate for 127.0.0.1/localhost from a fresh trustme CA; return the CA file."""
    import trustme

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    cert.private_key_pem.write_to_path(str(base / "key.pem"))
    cert.cert_chain_pems[0].write_to_path(str(base / "cert.pem"))
    ca_file = base / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return ca_file


def _prepare_maildir(base: Path, uid: int, gid: int) -> None:
    home = base / "mail" / USER
    home.mkdir(parents=True)
    for path in (home.parent, home):
        os.chown(path, uid, gid)


_CONFIG = """\
instance_name = ipom-test-PORT
base_dir = DIR/run
state_dir = DIR/run/state
log_path = DIR/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0
default_login_user = LOGIN_USER
default_internal_user = INTERNAL_USER
default_internal_group = INTERNAL_GROUP
first_valid_uid = MAIL_UID
last_valid_uid = MAIL_UID
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u DIR/users
}
userdb {
  driver = passwd-file
  args = username_format=%u DIR/users
}
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  chroot = CHROOT_LOGIN
  inet_listener imap {
    address = 127.0.0.1
    port = PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = 0
  }
}
service anvil {
  chroot = CHROOT_ANVIL
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
"""
