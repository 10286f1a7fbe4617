"""Published files tell neither where nor who: `post` and `gallery` copies carry an allow-list.

Real photos from the shared corpora (and one carrying location, serial
number, owner and artist at once) and a video made by ffmpeg with a
QuickTime location go through `ipom ingest`, `pick`, `post` and `gallery`;
what was published is read back with exifread and pymediainfo.
"""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageOps
from pymediainfo import MediaInfo

from ipom_mail.desk.publish.copies import publish_media
from ipom_mail.desk.publish.entries import Photo
from tests import corpus
from tests.publish_kit import (
    ARTIST,
    LOCATION,
    MONTH,
    OWNER,
    SERIAL,
    Install,
    exif_tags,
    install,
    leaks,
    mail,
    require_ffmpeg,
)

CORPUS_PHOTOS = {  # file → the leaks it carries, as exifread names them
    "gps/exiftool__GPS.jpg": ("GPS GPSLatitude", "Image Artist", "Image Copyright"),
    "exif/exiftool__Canon.jpg": ("MakerNote OwnerName", "MakerNote SerialNumber"),
    "exif/pillow__xmp_test.jpg": ("EXIF BodySerialNumber", "EXIF LensSerialNumber"),
    "gps/ianare__DSCN0010.jpg": ("GPS GPSLatitude", "Image ImageDescription", "EXIF MakerNote"),
}


def everything_photo(path: Path) -> bytes:
    """A corpus photo (ICC profile, XMP, body serial) with GPS, owner, artist added."""
    with Image.open(corpus.IMAGES / "exif" / "pillow__xmp_test.jpg") as source:
        exif = source.getexif()
        exif[0x013B] = ARTIST  # Artist
        exif[0x8298] = f"(c) {OWNER}"  # Copyright
        exif[0x010E] = "Our backyard, Calle Mayor 1, Madrid"  # ImageDescription
        exif.get_ifd(0x8769)[0xA430] = OWNER  # CameraOwnerName
        exif.get_ifd(0x8769)[0xA431] = SERIAL  # BodySerialNumber
        exif.get_ifd(0x8825).update({1: "N", 2: (40.0, 25.0, 0.0), 3: "W", 4: (3.0, 42.0, 0.0)})
        xmp = source.info.get("xmp")
        source.save(
            path, "JPEG", exif=exif, icc_profile=source.info["icc_profile"], xmp=xmp, quality=90
        )
    return path.read_bytes()


def located_video(path: Path) -> bytes:
    """A short QuickTime movie whose tags say where, by whom and with which camera."""
    tags = {
        "location": LOCATION,
        "com.apple.quicktime.location.ISO6709": LOCATION,
        "artist": ARTIST,
        "com.apple.quicktime.author": OWNER,
        "com.apple.quicktime.camera.serialnumber": SERIAL,
    }
    metadata = [arg for key, value in tags.items() for arg in ("-metadata", f"{key}={value}")]
    picture = ["-f", "lavfi", "-i", "testsrc=size=640x360:rate=10:duration=2"]
    sound = ["-f", "lavfi", "-i", "sine=duration=2", "-c:v", "mpeg4", "-c:a", "aac"]
    quiet = [require_ffmpeg(), "-nostdin", "-loglevel", "error"]
    tagged = ["-movflags", "use_metadata_tags", *metadata, str(path)]
    subprocess.run([*quiet, *picture, *sound, *tagged], check=True)
    return path.read_bytes()


def video_tags(path: Path) -> dict[str, str]:
    """Every tag of every track, as MediaInfo names them, with its value."""
    return {
        f"{track.track_type}.{key}": str(value)
        for track in MediaInfo.parse(str(path)).tracks
        for key, value in track.to_data().items()
    }


def video_leaks(path: Path) -> list[str]:
    words = ("location", "xyz", "iso6709", "artist", "author", "serial", "owner")
    found = [k for k in video_tags(path) if any(w in k.lower() for w in words)]
    values = " ".join(video_tags(path).values())
    found += [s for s in (OWNER, ARTIST, SERIAL, LOCATION[:8]) if s in values]
    data = path.read_bytes()
    return found + [s for s in (OWNER, ARTIST, SERIAL, LOCATION[:8]) if s.encode() in data]


@dataclass
class Published:
    """One installation after `post` and `gallery`, with what each step printed."""

    site: Install
    inputs: dict[str, bytes]
    refs: dict[str, str]
    post: subprocess.CompletedProcess[str]
    gallery: subprocess.CompletedProcess[str]

    def outputs(self, name: str) -> dict[str, list[Path]]:
        """The published files of the input `name`, by folder (post, thumbs, large)."""
        [sha] = self.site.sha256(self.refs[name])
        root = self.site.root
        folders = {"thumbs": root / "gallery" / "thumbs", "large": root / "gallery" / "images"}
        found = {key: sorted(folder.glob(f"{sha}*")) for key, folder in folders.items()}
        return {"post": self.site.post_files(sha), **found}


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    corpus.require()
    root = tmp_path_factory.mktemp("publish")
    site = install(root, "min_photo_pixels = 1")  # the corpus's tiny 8×8 camera samples count
    inputs = {Path(rel).name: (corpus.IMAGES / rel).read_bytes() for rel in CORPUS_PHOTOS}
    inputs["everything.jpg"] = everything_photo(root / "everything.jpg")
    inputs["upright.jpg"] = (
        corpus.IMAGES / "formats" / "pillow__hopper_orientation_6.jpg"
    ).read_bytes()
    inputs["iss634.gif"] = (corpus.IMAGES / "formats" / "pillow__iss634.gif").read_bytes()
    refs = site.ingest({name: mail(name, data) for name, data in inputs.items()})
    for ref in refs.values():
        assert site.ipom("pick", ref, "--month", MONTH).returncode == 0
    post = site.ipom("post", "--month", MONTH, "--out", str(root / "post"))
    gallery = site.ipom("gallery", "--all", "--out", str(root / "gallery"))
    assert post.returncode == 0 and gallery.returncode == 0, post.stderr + gallery.stderr
    yield Published(site, inputs, refs, post, gallery)


@pytest.mark.parametrize("name", [Path(rel).name for rel in CORPUS_PHOTOS] + ["everything.jpg"])
def test_a_published_photo_keeps_no_location_serial_owner_or_artist(
    published: Published, name: str
) -> None:
    given = exif_tags(published.inputs[name])
    expected = dict(CORPUS_PHOTOS.items()).get(
        next((rel for rel in CORPUS_PHOTOS if rel.endswith(name)), ""),
        ("GPS GPSLatitude", "EXIF BodySerialNumber", "EXIF CameraOwnerName", "Image Artist"),
    )
    assert all(tag in given for tag in expected), sorted(given)
    outputs = published.outputs(name)
    assert all(outputs.values()), outputs  # published in the post, as a thumbnail and large
    for path in [p for files in outputs.values() for p in files]:
        assert leaks(path.read_bytes()) == [], path.name


def test_a_published_photo_keeps_its_colour_profile_and_exposure_facts(
    published: Published,
) -> None:
    with Image.open(io.BytesIO(published.inputs["everything.jpg"])) as original:
        icc = original.info["icc_profile"]
    [copy] = published.outputs("everything.jpg")["post"]
    with Image.open(copy) as out:
        assert out.info.get("icc_profile") == icc
    kept = exif_tags(copy.read_bytes())
    assert kept["Image Model"] == "Canon EOS Rebel T6" and "EXIF ExposureTime" in kept


def test_a_published_photo_is_turned_upright_as_its_orientation_said(
    published: Published,
) -> None:
    with Image.open(io.BytesIO(published.inputs["upright.jpg"])) as original:
        assert original.getexif().get(0x0112) == 6
        upright = ImageOps.exif_transpose(original).convert("RGB")
        sideways = original.convert("RGB")
    [copy] = published.outputs("upright.jpg")["post"]
    with Image.open(copy) as out:
        assert out.getexif().get(0x0112) in (None, 1)
        shown = out.convert("RGB").resize(upright.size)

    def distance(a: Image.Image) -> float:
        histogram = ImageChops.difference(a, shown).convert("L").histogram()
        return sum(i * n for i, n in enumerate(histogram)) / sum(histogram)

    assert distance(upright) < 8 < distance(sideways)


def test_a_picked_animation_stays_animated(published: Published) -> None:
    outputs = published.outputs("iss634.gif")
    for path in outputs["post"] + outputs["thumbs"]:
        with Image.open(path) as out:
            assert out.format == "WEBP" and getattr(out, "n_frames", 1) == 42
    page = (published.site.root / "post" / f"ipom-{MONTH}.html").read_text()
    assert f'src="images/{outputs["post"][0].name}"' in page


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    root = tmp_path_factory.mktemp("video")
    site = install(root)
    clip = located_video(root / "clip.mov")
    refs = site.ingest({"clip.mov": mail("clip.mov", clip)})
    assert site.ipom("pick", refs["clip.mov"], "--month", MONTH).returncode == 0
    post = site.ipom("post", "--month", MONTH, "--out", str(root / "post"))
    gallery = site.ipom("gallery", "--all", "--out", str(root / "gallery"))
    assert post.returncode == 0 and gallery.returncode == 0, post.stderr + gallery.stderr
    yield Published(site, {"clip.mov": clip}, refs, post, gallery)


def test_a_published_video_keeps_no_location_serial_owner_or_artist(video: Published) -> None:
    assert len(video_leaks(video.site.root / "clip.mov")) >= 5  # all there in what was sent
    outputs = video.outputs("clip.mov")
    movies = [p for files in outputs.values() for p in files if p.suffix == ".mov"]
    assert len(movies) == 2  # the post's and the gallery's
    for movie in movies:
        assert video_leaks(movie) == [], movie
        tags = video_tags(movie)
        assert tags["Video.width"] == "640" and tags["General.duration"].startswith("2")


def test_a_published_video_gets_a_still_frame_without_metadata(video: Published) -> None:
    outputs = video.outputs("clip.mov")
    stills = [p for files in outputs.values() for p in files if p.suffix == ".jpg"]
    assert len(stills) == 2
    for still in stills:
        with Image.open(still) as frame:
            assert frame.size[0] > 0 and leaks(still.read_bytes()) == []
    page = (video.site.root / "post" / f"ipom-{MONTH}.html").read_text()
    assert stills[0].name in page or any(s.name in page for s in stills)


def test_without_ffmpeg_a_video_is_refused_with_one_line_and_never_copied(
    video: Published, tmp_path: Path
) -> None:
    bare = {"PATH": str(tmp_path / "no-programs"), "HOME": str(tmp_path)}
    post = video.site.ipom("post", "--month", MONTH, "--out", str(tmp_path / "post"), env=bare)
    assert post.returncode == 0, post.stderr
    lines = [line for line in post.stderr.splitlines() if "ffmpeg is not installed" in line]
    assert len(lines) == 1 and video.refs["clip.mov"] in lines[0]
    assert "Traceback" not in post.stderr
    assert not list((tmp_path / "post").rglob("*.mov"))


def test_a_turned_video_keeps_its_orientation_and_its_still_is_upright(tmp_path: Path) -> None:
    ffmpeg = require_ffmpeg()
    quiet = [ffmpeg, "-nostdin", "-loglevel", "error"]
    plain, turned = tmp_path / "plain.mov", tmp_path / "turned.mov"
    picture = ["-f", "lavfi", "-i", "testsrc=size=320x240:rate=10:duration=1", "-c:v", "mpeg4"]
    subprocess.run([*quiet, *picture, str(plain)], check=True)
    rotate = ["-c", "copy", "-metadata:s:v:0", "rotate=90"]  # a phone held upright
    subprocess.run([*quiet, "-i", str(plain), *rotate, str(turned)], check=True)
    photo = Photo("ab" * 32, turned, "animation", "video/quicktime", None, 320, 240)
    made = publish_media(photo, tmp_path / "out", 1600)
    assert made.problem is None and made.video and made.still
    assert video_tags(turned)["Video.rotation"] != "0.000"
    assert (
        video_tags(tmp_path / "out" / made.video)["Video.rotation"]
        == video_tags(turned)["Video.rotation"]
    )
    with Image.open(tmp_path / "out" / made.still) as still:
        assert still.size == (240, 320)
