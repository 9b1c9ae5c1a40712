//! Writing a ZIP container (the package a Word file is), with rawzip: each part stored, or
//! deflated where the caller brings the deflated bytes (the browser deflates them natively,
//! so the app carries no compressor).

/// One file of the container.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    /// Its path inside the container (`word/document.xml`).
    pub name: &'a str,
    /// Its bytes.
    pub data: &'a [u8],
    /// The same bytes deflated (raw DEFLATE, no zlib header), if the caller has them.
    pub deflated: Option<&'a [u8]>,
}

/// Why a container could not be written (never expected: it is written into memory). It
/// names the step that failed, not rawzip's own message: formatting that would bring the text
/// of every I/O error kind into the app.
#[derive(Debug, thiserror::Error)]
#[error("the file could not be packed ({0})")]
pub struct ZipError(&'static str);

/// The container of these entries, in order, each dated `modified` (seconds since 1970, UTC).
/// A part is deflated where that is smaller.
pub fn write(entries: &[Entry], modified: i64) -> Result<Vec<u8>, ZipError> {
    let mut archive = rawzip::ZipArchiveWriter::new(Vec::new());
    for entry in entries {
        let deflated = entry.deflated.filter(|d| d.len() < entry.data.len());
        let method = if deflated.is_some() {
            rawzip::CompressionMethod::DEFLATE
        } else {
            rawzip::CompressionMethod::STORE
        };
        let (mut writer, _) = archive
            .new_file(entry.name)
            .compression_method(method)
            .last_modified(rawzip::time::UtcDateTime::from_unix(modified))
            .start()
            .map_err(|_| ZipError("starting a part"))?;
        std::io::Write::write_all(&mut writer, deflated.unwrap_or(entry.data))
            .map_err(|_| ZipError("writing a part"))?;
        let descriptor =
            rawzip::DataDescriptorOutput::new(crc32(entry.data), entry.data.len() as u64);
        writer
            .finish(descriptor)
            .map_err(|_| ZipError("ending a part"))?;
    }
    archive
        .finish()
        .map_err(|_| ZipError("writing the directory"))
}

/// The CRC-32 (IEEE) of `data`, bit by bit. A Word file is a few hundred kilobytes, checked
/// in milliseconds this way; a lookup table would add 16 KiB to the app that every visit
/// downloads (measured), for speed no one would notice.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checksum_is_the_standard_crc_32() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        let data: Vec<u8> = (0..5000u32).map(|n| (n * 7 % 251) as u8).collect();
        assert_eq!(crc32(&data), rawzip::crc32(&data));
    }

    #[test]
    fn what_is_written_reads_back_with_its_checksums() {
        let text = "ไฟล์ทดสอบ ".repeat(50);
        let bytes = write(
            &[
                Entry {
                    name: "a.txt",
                    data: text.as_bytes(),
                    deflated: None,
                },
                Entry {
                    name: "dir/b.bin",
                    data: &[0, 1, 2, 3],
                    deflated: Some(&[9; 10]),
                },
            ],
            1_764_547_200,
        )
        .expect("written");
        let archive = rawzip::ZipArchive::from_slice(&bytes).expect("a zip");
        let mut entries = archive.entries();
        let mut names = Vec::new();
        while let Some(entry) = entries.next_entry().expect("an entry") {
            names.push(String::from_utf8_lossy(entry.file_path().as_ref()).into_owned());
            assert_eq!(entry.last_modified().to_string(), "2025-12-01T00:00:00Z");
            // A deflated copy larger than the data is not used.
            assert_eq!(entry.compression_method(), rawzip::CompressionMethod::STORE);
            let local = archive.get_entry(entry.wayfinder()).expect("its data");
            let mut read = Vec::new();
            std::io::Read::read_to_end(&mut local.verifying_reader(local.data()), &mut read)
                .expect("the checksum agrees");
        }
        assert_eq!(names, ["a.txt", "dir/b.bin"]);
    }
}
