//! The decoder against `xz --format=lzma`, the encoder the build uses. (Unit tests rather than
//! tests/: a test crate beside the library would meet its panic handler when built for wasm32.)

use super::{adler32, decode, Corrupt, State, MARGIN, MAX_PROBS};
use std::io::Write;
use std::process::{Command, Stdio};

fn pack(plain: &[u8], preset: &str) -> Vec<u8> {
    let mut xz = Command::new("xz")
        .args(["--format=lzma", preset, "--stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("xz (xz-utils) is installed by scripts/setup");
    let mut stdin = xz.stdin.take().expect("stdin");
    let plain = plain.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&plain).expect("write"));
    let out = xz.wait_with_output().expect("xz ran");
    writer.join().expect("writer");
    assert!(out.status.success());
    out.stdout
}

/// Decodes in steps of `step` bytes of output.
fn unpack(packed: &[u8], size: usize, step: usize) -> Result<Vec<u8>, Corrupt> {
    let (mut state, mut probs, mut out) = (State::default(), vec![0; MAX_PROBS], vec![0; size]);
    let mut done = 0;
    while done < size {
        let next = decode(
            &mut state,
            &mut probs,
            (packed, packed.len()),
            &mut out,
            done + step,
        )?;
        assert!(
            next > done && next >= (done + step).min(size),
            "stopped early"
        );
        // The state survives the page's memory: ten numbers.
        state = State::from_words(state.to_words());
        done = next;
    }
    Ok(out)
}

/// Decodes as the file arrives, `chunk` bytes at a time, as the page does while downloading.
fn unpack_arriving(packed: &[u8], size: usize, chunk: usize) -> Result<Vec<u8>, Corrupt> {
    let (mut state, mut probs, mut out) = (State::default(), vec![0; MAX_PROBS], vec![0; size]);
    let (mut have, mut done) = (0, 0);
    while done < size {
        let next = decode(&mut state, &mut probs, (packed, have), &mut out, size)?;
        if have < packed.len() {
            // Short of the end, it stops with no fewer than MARGIN bytes unread.
            assert!(state.in_pos == 0 || state.in_pos as usize + MARGIN > have);
            have = (have + chunk).min(packed.len());
        } else if next == done {
            return Err(Corrupt);
        }
        done = next;
    }
    Ok(out)
}

/// Bytes that compress like a program: repeats at many distances, some noise, some text.
fn sample(len: usize) -> Vec<u8> {
    let mut seed = 0x2545_f491_u32;
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        match seed >> 29 {
            0 | 1 if out.len() > 300 => {
                let back = 1 + (seed as usize >> 8) % out.len().min(70_000);
                let n = 2 + (seed as usize >> 4) % 40;
                for _ in 0..n {
                    out.push(out[out.len() - back]);
                }
            }
            2 => out.extend_from_slice("การประเมินคุณธรรมและความโปร่งใส ITA ".as_bytes()),
            _ => out.push((seed >> 16) as u8),
        }
    }
    out.truncate(len);
    out
}

#[test]
fn decodes_what_xz_encodes() {
    for (plain, preset) in [
        (sample(300_000), "-9e"),
        (sample(50_000), "-0"),
        (vec![0; 100_000], "-9e"),
        (b"a".to_vec(), "-9e"),
        ((0..=255).cycle().take(70_000).collect(), "-6"),
        // The build's own settings, and the most context bits the decoder takes.
        (sample(200_000), "--lzma1=preset=9e,lc=4,pb=0"),
        (sample(20_000), "--lzma1=preset=6,lc=0,lp=4,pb=4"),
    ] {
        let packed = pack(&plain, preset);
        assert_eq!(
            unpack(&packed, plain.len(), usize::MAX),
            Ok(plain.clone()),
            "{preset}"
        );
        for step in [1, 7, 4096, 65_536] {
            assert_eq!(
                unpack(&packed, plain.len(), step),
                Ok(plain.clone()),
                "{preset} step {step}"
            );
        }
        for chunk in [1, 100, 1_460, 16_384] {
            let arriving = unpack_arriving(&packed, plain.len(), chunk);
            assert_eq!(arriving, Ok(plain.clone()), "{preset} chunk {chunk}");
        }
    }
}

#[test]
fn refuses_a_stream_that_ends_too_soon() {
    let plain = sample(100_000);
    let packed = pack(&plain, "-9e");
    // Cut short, or asked for more than the file holds (the end marker comes first).
    assert_eq!(
        unpack(&packed[..packed.len() / 2], plain.len(), usize::MAX),
        Err(Corrupt)
    );
    assert_eq!(unpack(&packed, plain.len() + 1, usize::MAX), Err(Corrupt));
    assert_eq!(unpack(&packed[..10], plain.len(), usize::MAX), Err(Corrupt));
}

#[test]
fn corrupt_bytes_end_in_an_error_or_other_bytes_never_a_panic() {
    let plain = sample(60_000);
    let packed = pack(&plain, "-9e");
    let mut refused = 0;
    for at in (0..packed.len()).step_by(97) {
        let mut bad = packed.clone();
        bad[at] ^= 0x5a;
        if unpack(&bad, plain.len(), 4096).is_err() {
            refused += 1;
        }
    }
    // Most damage is noticed; what is not is caught by the page's checksum of the file and by
    // WebAssembly's validation of what comes out.
    assert!(refused > packed.len() / 97 / 2, "only {refused} refused");
}

#[test]
fn refuses_properties_it_does_not_take() {
    let plain = sample(1_000);
    let mut packed = pack(&plain, "-9e");
    packed[0] = 225;
    assert_eq!(unpack(&packed, plain.len(), usize::MAX), Err(Corrupt));
    // lc = 4, lp = 1: more probabilities than the page lays out.
    packed[0] = (9 + 4) as u8;
    assert_eq!(unpack(&packed, plain.len(), usize::MAX), Err(Corrupt));
}

#[test]
fn adler32_is_zlibs() {
    assert_eq!(adler32(b""), 1);
    assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
    // Long runs of 0xFF: the sums are reduced before they can overflow (the value is zlib's).
    assert_eq!(adler32(&[0xFF; 100_000]), 0x149A_302C);
}
