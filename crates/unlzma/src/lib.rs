//! An LZMA decoder for the page: the app's WebAssembly is shipped as a `.lzma` file
//! (`xz --format=lzma`, preset 9e), about a fifth smaller than gzip -9, and the page decodes it
//! with this module (9 KB, 4 KB gzipped) while WebAssembly's streaming compiler takes the
//! decoded bytes. The service worker decodes it with the same module, once.
//!
//! The decoder follows the LZMA specification's reference decoder (`LzmaSpec.cpp` in the LZMA
//! SDK, public domain) symbol by symbol. It is resumable: [`decode`] stops between two symbols
//! once the output reaches a given length or the input that has arrived runs short, keeping its
//! whole state in a [`State`] and the probabilities, so the page decodes the file while it
//! downloads and hands each piece of output on as soon as it exists.
//!
//! The page sees three functions (wasm32 only), `unlzma_input`, `unlzma_run` and
//! `unlzma_sum`, over memory it lays out itself; see [`INPUT_OFFSET`]. Corrupt data ends in [`Corrupt`] (or, should a check ever miss,
//! a trap in the module), after which the page loads the uncompressed file instead.
#![cfg_attr(all(target_arch = "wasm32", not(test)), no_std)]

/// The `.lzma` header: properties (1 byte), dictionary size (4), plain size (8).
pub const HEADER: usize = 13;
/// The most bytes of input one symbol reads: a match's flags, length, distance slot, 26 direct
/// bits and 4 alignment bits are 48 bits, and each bit reads at most one byte.
pub const MARGIN: usize = 64;
/// The room for probabilities: a stream with `lc + lp <= 4`, which the encoder's presets keep to
/// (`lc = 3`, `lp = 0`), needs 14 135; a power of two lets every index be masked into range, so
/// that the compiler leaves out the bounds checks of the decoder's hottest loop.
pub const MAX_PROBS: usize = 1 << 14;
const _: () = assert!(LITERAL + (0x300 << 4) <= MAX_PROBS);

/// The probabilities, as the decoder indexes them.
type Probs = [u16; MAX_PROBS];

// The offsets of the models in the one table of probabilities, in the specification's order.
const IS_MATCH: usize = 0;
const IS_REP: usize = 192;
const IS_REP_G0: usize = 204;
const IS_REP_G1: usize = 216;
const IS_REP_G2: usize = 228;
const IS_REP0_LONG: usize = 240;
const POS_SLOT: usize = 432;
const SPEC_POS: usize = 688;
const ALIGN: usize = 803;
const LEN: usize = 819;
const REP_LEN: usize = 1333;
const LITERAL: usize = 1847;

/// The stream is not a valid `.lzma` stream of the expected length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Corrupt;

/// Everything the decoder carries from one call to the next besides the probabilities: ten
/// numbers, so that the page can keep them in its memory as they are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// 0 before the header is read; then the properties `lc`, `lp` and `pb`, plus one.
    pub props: u32,
    /// The range coder's range.
    pub range: u32,
    /// The range coder's code.
    pub code: u32,
    /// Bytes of input read.
    pub in_pos: u32,
    /// Bytes of output written.
    pub out_pos: u32,
    /// The state machine's state (0-11).
    pub state: u32,
    /// The last four match distances.
    pub reps: [u32; 4],
}

impl State {
    /// The state as ten numbers.
    pub fn to_words(self) -> [u32; 10] {
        let [r0, r1, r2, r3] = self.reps;
        [
            self.props,
            self.range,
            self.code,
            self.in_pos,
            self.out_pos,
            self.state,
            r0,
            r1,
            r2,
            r3,
        ]
    }

    /// The state from ten numbers.
    pub fn from_words(w: [u32; 10]) -> Self {
        State {
            props: w[0],
            range: w[1],
            code: w[2],
            in_pos: w[3],
            out_pos: w[4],
            state: w[5],
            reps: [w[6], w[7], w[8], w[9]],
        }
    }
}

/// The range decoder over the whole input.
struct Range<'a> {
    input: &'a [u8],
    pos: usize,
    range: u32,
    code: u32,
}

impl Range<'_> {
    /// Past the end of the input it reads zeros; [`decode`] then refuses the stream, having
    /// checked once per call rather than once per byte.
    #[inline(always)]
    fn normalize(&mut self) {
        if self.range < 1 << 24 {
            let b = self.input.get(self.pos).copied().unwrap_or(0);
            self.pos += 1;
            self.range <<= 8;
            self.code = (self.code << 8) | u32::from(b);
        }
    }

    #[inline(always)]
    fn bit(&mut self, probs: &mut Probs, at: usize) -> u32 {
        let at = at & (MAX_PROBS - 1);
        let prob = u32::from(probs[at]);
        let bound = (self.range >> 11) * prob;
        let bit = if self.code < bound {
            self.range = bound;
            probs[at] = (prob + ((2048 - prob) >> 5)) as u16;
            0
        } else {
            self.range -= bound;
            self.code -= bound;
            probs[at] = (prob - (prob >> 5)) as u16;
            1
        };
        self.normalize();
        bit
    }

    fn tree(&mut self, probs: &mut Probs, base: usize, bits: u32) -> u32 {
        let mut m = 1;
        for _ in 0..bits {
            m = (m << 1) + self.bit(probs, base + m as usize);
        }
        m - (1 << bits)
    }

    fn reverse(&mut self, probs: &mut Probs, base: usize, bits: u32) -> u32 {
        let (mut m, mut symbol) = (1, 0);
        for i in 0..bits {
            let b = self.bit(probs, base + m as usize);
            m = (m << 1) + b;
            symbol |= b << i;
        }
        symbol
    }

    fn direct(&mut self, bits: u32) -> u32 {
        let mut value = 0;
        for _ in 0..bits {
            self.range >>= 1;
            let taken = u32::from(self.code >= self.range);
            self.code -= self.range * taken;
            value = (value << 1) | taken;
            self.normalize();
        }
        value
    }

    /// A match length less two: 0-7, 8-15 or 16-271.
    fn length(&mut self, probs: &mut Probs, base: usize, pos_state: usize) -> u32 {
        if self.bit(probs, base) == 0 {
            return self.tree(probs, base + 2 + (pos_state << 3), 3);
        }
        if self.bit(probs, base + 1) == 0 {
            return 8 + self.tree(probs, base + 130 + (pos_state << 3), 3);
        }
        16 + self.tree(probs, base + 258, 8)
    }
}

/// Decodes the first `have` bytes of `input` (room for the whole `.lzma` file) into `out`
/// (exactly as long as the plain file) until `until` bytes of output exist, or until fewer
/// than [`MARGIN`] bytes of input are left unread while more are to come, stopping between two
/// symbols. The first call with a default `state` and at least [`MARGIN`] bytes (or all of
/// them) reads the header and sets up `probs` (at least [`MAX_PROBS`] long). Returns the bytes
/// of output now written.
pub fn decode(
    state: &mut State,
    probs: &mut [u16],
    (input, have): (&[u8], usize),
    out: &mut [u8],
    until: usize,
) -> Result<usize, Corrupt> {
    let probs: &mut Probs = probs
        .get_mut(..MAX_PROBS)
        .and_then(|p| p.try_into().ok())
        .ok_or(Corrupt)?;
    let have = have.min(input.len());
    let complete = have == input.len();
    let input = &input[..have];
    if state.props == 0 {
        if !complete && have < MARGIN {
            return Ok(0);
        }
        start(state, probs, input)?;
    }
    let props = state.props - 1;
    let (lc, lp, pb) = (props % 9, (props / 9) % 5, props / 45);
    let (lp_mask, pb_mask) = ((1usize << lp) - 1, (1usize << pb) - 1);
    let mut rc = Range {
        input,
        pos: state.in_pos as usize,
        range: state.range,
        code: state.code,
    };
    let mut pos = state.out_pos as usize;
    let mut st = state.state as usize;
    let [mut rep0, mut rep1, mut rep2, mut rep3] = state.reps.map(|r| r as usize);
    let until = until.min(out.len());
    while pos < until && (complete || rc.pos + MARGIN <= have) {
        let pos_state = pos & pb_mask;
        if rc.bit(probs, IS_MATCH + (st << 4) + pos_state) == 0 {
            let prev = if pos > 0 { u32::from(out[pos - 1]) } else { 0 };
            let base = LITERAL + 0x300 * (((pos & lp_mask) << lc) + (prev >> (8 - lc)) as usize);
            let mut symbol = 1u32;
            if st >= 7 {
                let mut matched = u32::from(*out.get(pos.wrapping_sub(rep0 + 1)).ok_or(Corrupt)?);
                while symbol < 0x100 {
                    let match_bit = (matched >> 7) & 1;
                    matched <<= 1;
                    let b = rc.bit(probs, base + (((1 + match_bit) << 8) + symbol) as usize);
                    symbol = (symbol << 1) | b;
                    if match_bit != b {
                        break;
                    }
                }
            }
            while symbol < 0x100 {
                symbol = (symbol << 1) | rc.bit(probs, base + symbol as usize);
            }
            out[pos] = symbol as u8;
            pos += 1;
            st = if st < 4 {
                0
            } else if st < 10 {
                st - 3
            } else {
                st - 6
            };
            continue;
        }
        let len = if rc.bit(probs, IS_REP + st) == 1 {
            if pos == 0 {
                return Err(Corrupt);
            }
            if rc.bit(probs, IS_REP_G0 + st) == 0 {
                if rc.bit(probs, IS_REP0_LONG + (st << 4) + pos_state) == 0 {
                    st = if st < 7 { 9 } else { 11 };
                    out[pos] = out[pos - rep0 - 1];
                    pos += 1;
                    continue;
                }
            } else {
                let dist = if rc.bit(probs, IS_REP_G1 + st) == 0 {
                    rep1
                } else {
                    let dist = if rc.bit(probs, IS_REP_G2 + st) == 0 {
                        rep2
                    } else {
                        let d = rep3;
                        rep3 = rep2;
                        d
                    };
                    rep2 = rep1;
                    dist
                };
                rep1 = rep0;
                rep0 = dist;
            }
            st = if st < 7 { 8 } else { 11 };
            rc.length(probs, REP_LEN, pos_state)
        } else {
            rep3 = rep2;
            rep2 = rep1;
            rep1 = rep0;
            let len = rc.length(probs, LEN, pos_state);
            st = if st < 7 { 7 } else { 10 };
            let slot = rc.tree(probs, POS_SLOT + ((len.min(3) as usize) << 6), 6);
            rep0 = if slot < 4 {
                slot as usize
            } else {
                let direct = (slot >> 1) - 1;
                let dist = (2 | (slot & 1)) << direct;
                let dist = if slot < 14 {
                    dist + rc.reverse(probs, SPEC_POS + dist as usize - slot as usize, direct)
                } else {
                    let high = rc.direct(direct - 4) << 4;
                    dist.wrapping_add(high)
                        .wrapping_add(rc.reverse(probs, ALIGN, 4))
                };
                // 0xFFFF_FFFF is the end marker: here, before the whole file, a corrupt one.
                dist as usize
            };
            if rep0 >= pos {
                return Err(Corrupt);
            }
            len
        };
        let len = len as usize + 2;
        let to = pos
            .checked_add(len)
            .filter(|&to| to <= out.len())
            .ok_or(Corrupt)?;
        // Byte by byte: a match may overlap the bytes it writes.
        for i in pos..to {
            out[i] = out[i - rep0 - 1];
        }
        pos = to;
    }
    // Past the end of the input (zeros were read): the stream was cut short.
    if rc.pos > have {
        return Err(Corrupt);
    }
    *state = State {
        props: state.props,
        range: rc.range,
        code: rc.code,
        in_pos: rc.pos as u32,
        out_pos: pos as u32,
        state: st as u32,
        reps: [rep0, rep1, rep2, rep3].map(|r| r as u32),
    };
    Ok(pos)
}

/// Reads the header and the range coder's first five bytes, and sets up the probabilities.
fn start(state: &mut State, probs: &mut Probs, input: &[u8]) -> Result<(), Corrupt> {
    let props = u32::from(*input.first().ok_or(Corrupt)?);
    let (lc, lp) = (props % 9, (props / 9) % 5);
    if props >= 225 || lc + lp > 4 {
        return Err(Corrupt);
    }
    let first = input.get(HEADER..HEADER + 5).ok_or(Corrupt)?;
    if first[0] != 0 {
        return Err(Corrupt);
    }
    let code = u32::from_be_bytes([first[1], first[2], first[3], first[4]]);
    if code == u32::MAX {
        return Err(Corrupt);
    }
    probs.fill(1024);
    *state = State {
        props: props + 1,
        range: u32::MAX,
        code,
        in_pos: (HEADER + 5) as u32,
        ..State::default()
    };
    Ok(())
}

/// The memory the page lays out at `mem` for the decoder, in this order: the state (ten 32-bit
/// words, zero before the first call), [`MAX_PROBS`] 16-bit probabilities, room for the `.lzma`
/// file and room for the plain file. This is where the `.lzma` file begins, from `mem`; the page
/// asks for it (`unlzma_input`) rather than working it out again.
pub const INPUT_OFFSET: usize = STATE_BYTES + 2 * MAX_PROBS;
/// The state's ten 32-bit words, first in the page's memory.
const STATE_BYTES: usize = 4 * 10;

/// Where the `.lzma` file begins in the decoder's memory, from the address the page laid it out
/// at ([`INPUT_OFFSET`]).
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub extern "C" fn unlzma_input() -> u32 {
    INPUT_OFFSET as u32
}

/// The page's entry point, over the memory laid out at `mem` ([`INPUT_OFFSET`]) for a `.lzma`
/// file of `packed` bytes, of which the first `have` have arrived, and a plain file of `size`
/// bytes. Decodes as [`decode`] does and returns the bytes of output now written, or
/// `u32::MAX` for corrupt data.
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub extern "C" fn unlzma_run(mem: u32, packed: u32, have: u32, size: u32, until: u32) -> u32 {
    let base = mem as usize;
    let input_at = base + INPUT_OFFSET;
    // SAFETY: the page grew memory for exactly this layout, nothing else uses that memory,
    // and the four parts do not overlap.
    #[allow(unsafe_code)]
    let (words, probs, input, out) = unsafe {
        (
            &mut *(base as *mut [u32; 10]),
            core::slice::from_raw_parts_mut((base + STATE_BYTES) as *mut u16, MAX_PROBS),
            core::slice::from_raw_parts(input_at as *const u8, packed as usize),
            output(mem, packed, size),
        )
    };
    let mut state = State::from_words(*words);
    match decode(
        &mut state,
        probs,
        (input, have as usize),
        out,
        until as usize,
    ) {
        Ok(done) => {
            *words = state.to_words();
            done as u32
        }
        Err(Corrupt) => u32::MAX,
    }
}

/// The room for the plain file in the memory laid out at `mem` ([`INPUT_OFFSET`]).
///
/// # Safety
///
/// The page grew memory for this layout, and nothing else uses that memory.
#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)]
unsafe fn output<'a>(mem: u32, packed: u32, size: u32) -> &'a mut [u8] {
    let out_at = mem as usize + INPUT_OFFSET + packed as usize;
    // SAFETY: as the caller promises.
    unsafe { core::slice::from_raw_parts_mut(out_at as *mut u8, size as usize) }
}

/// The Adler-32 checksum of `bytes` (RFC 1950): the page compares the decoded file's with the
/// plain file's, written into the page at build time, before the compiler may finish.
pub fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    // 5552 bytes is the most that cannot overflow `b` before the modulo (zlib's NMAX).
    for block in bytes.chunks(5552) {
        for &byte in block {
            a += u32::from(byte);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    (b << 16) | a
}

/// The Adler-32 checksum of the decoded file, laid out as for [`unlzma_run`].
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub extern "C" fn unlzma_sum(mem: u32, packed: u32, size: u32) -> u32 {
    // SAFETY: as in unlzma_run, the page laid out this memory for the decoder alone.
    #[allow(unsafe_code)]
    let out = unsafe { output(mem, packed, size) };
    adler32(out)
}

/// Corrupt data that slips past the checks ends in a trap, which the page catches.
#[cfg(all(target_arch = "wasm32", not(test)))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[cfg(test)]
mod tests;
