# Reading and writing binary files (issue 3, point 7): np.fromfile on paths and open files
# (structured dtypes, short files, offsets, counts, the position left in the file), tofile
# round trips, and the notebook's WAV header read from a real 16-bit PCM WAV file (2 channels,
# 44100 Hz, 4 frames) that the cases write first. Files live in the case's own `tmpdir`.

#case file_wav_write
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)

#case file_wav_bytes_back
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
open(path, 'rb').read()

#case file_wav_notebook_read_text_mode
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'r')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header

#case file_wav_notebook_str
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'r')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
str(wav_header)

#case file_wav_header_sample_rate
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header['sample_rate']

#case file_wav_header_data_id
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header['data_id']

#case file_wav_header_shape
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header.shape

#case file_wav_header_data_id_shape
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header['data_id'].shape

#case file_wav_header_num_channels
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header['num_channels']

#case file_wav_header_format
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header['format']

#case file_wav_header_chunk_id
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header['chunk_id']

#case file_wav_header_byte_rate_block
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header['byte_rate'], wav_header['block_align'], wav_header['bits_per_sample']

#case file_wav_header_data_size
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header['data_size']

#case file_wav_header_item
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header[0]

#case file_wav_header_item_field
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header[0]['sample_rate']

#case file_wav_header_flags
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
wav_header.flags

#case file_wav_header_tell
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
wav_header, f.tell()

#case file_wav_header_by_path
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
np.fromfile(path, dtype=wav_header_dtype, count=1)

#case file_wav_header_no_count
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
np.fromfile(path, dtype=wav_header_dtype)

#case file_wav_samples_offset
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
np.fromfile(path, dtype='<i2', offset=44).reshape(-1, 2)

#case file_wav_samples_count
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
np.fromfile(path, dtype='<i2', count=3, offset=44)

#case file_wav_samples_frames_dtype
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
np.fromfile(path, dtype=[('left', '<i2'), ('right', '<i2')], offset=44)

#case file_wav_samples_frames_field
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
frames = np.fromfile(path, dtype=[('left', '<i2'), ('right', '<i2')], offset=44)
frames['right'], frames['right'].strides

#case file_wav_header_then_samples
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
h = np.fromfile(f, dtype=wav_header_dtype, count=1)
pos = f.tell()
s = np.fromfile(f, dtype='<i2')
end = f.tell()
f.close()
pos, end, s.reshape(-1, h['num_channels'][0])

#case file_wav_notebook_dict_dtype
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
d = np.dtype(dict(names=['format', 'sample_rate', 'data_id'],
                  offsets=[8, 24, 36],
                  formats=['S4', '<u4', ('S1', (2, 2))]))
np.fromfile(path, dtype=d, count=1)

#case file_wav_big_endian_misread
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
np.fromfile(path, dtype='>u4', count=2, offset=4)

#case file_wav_seek_then_read
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
f.seek(44)
a = np.fromfile(f, dtype='<i2', count=2)
t = f.tell()
f.close()
a, t

#case file_wav_read_then_fromfile
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
magic = f.read(4)
size = np.fromfile(f, dtype='<u4', count=1)
t = f.tell()
f.close()
magic, size, t

#case file_open_offset_relative
path = tmpdir + '/test.wav'
header = (b'RIFF\x34\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x10\x00\x00\x00')
samples = b'\x00\x00\x00\x00\xe8\x03\x18\xfc\xff\x7f\x00\x80\xff\xff\x01\x00'
open(path, 'wb').write(header + samples)
f = open(path, 'rb')
f.seek(8)
a = np.fromfile(f, dtype='S4', count=2, offset=0)
b = np.fromfile(f, dtype='<u2', count=2, offset=4)
t = f.tell()
f.close()
a, b, t

#case file_short_all
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='<u2')

#case file_short_count_larger
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='<u2', count=10)

#case file_short_count_exact
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='<u2', count=3)

#case file_short_count_zero
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='<u2', count=0)

#case file_short_count_negative
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='u1', count=-5)

#case file_short_offset_count
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='<u2', count=2, offset=1)

#case file_short_offset_to_end
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='<u2', offset=7)

#case file_short_offset_partial_item
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='<u2', offset=6)

#case file_short_offset_past_end
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='<u2', offset=8)

#case file_short_offset_far_past_end
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='<u2', offset=100)

#case file_short_structured_partial
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='<u4,u1')

#case file_short_structured_none
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='<u4,<u4')

#case file_short_default_dtype
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path)

#case file_short_S3
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='S3')

#case file_short_big
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='>u2', count=2)

#case file_short_flags
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='<u2').flags

#case file_short_base
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
a = np.fromfile(path, dtype='<u2')
a.base is None, a.flags.owndata

#case file_short_writeable_modify
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
a = np.fromfile(path, dtype='u1')
a[0] = 9
a, open(path, 'rb').read()

#case file_short_sep_empty
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='u1', sep='')

#case file_open_short_count_larger_tell
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
f = open(path, 'rb')
a = np.fromfile(f, dtype='<u2', count=10)
t = f.tell()
f.close()
a, t

#case file_open_sequential_reads
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
f = open(path, 'rb')
a = np.fromfile(f, dtype='<u2', count=1)
t1 = f.tell()
b = np.fromfile(f, dtype='u1', count=2, offset=1)
t2 = f.tell()
c = np.fromfile(f, dtype='<u2', count=5)
t3 = f.tell()
d = np.fromfile(f, dtype='<u2', count=5)
t4 = f.tell()
f.close()
a, t1, b, t2, c, t3, d, t4

#case file_open_offset_past_end_error
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
f = open(path, 'rb')
f.seek(7)
np.fromfile(f, dtype='<u2', offset=5)

#case file_open_offset_past_end_tell
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
f = open(path, 'rb')
f.seek(7)
t0 = f.tell()
a = np.fromfile(f, dtype='<u2', count=1)
t1 = f.tell()
f.close()
t0, a, t1

#case file_empty_file
path = tmpdir + '/empty.bin'
open(path, 'wb').write(b'')
np.fromfile(path, dtype='<i4')

#case file_empty_file_structured
path = tmpdir + '/empty.bin'
open(path, 'wb').write(b'')
np.fromfile(path, dtype='i4,f8')

#case file_tofile_roundtrip_int16_2d
path = tmpdir + '/rt.bin'
x = np.arange(6, dtype='<i2').reshape(2, 3)
x.tofile(path)
np.fromfile(path, dtype='<i2')

#case file_tofile_bytes_int16_2d
path = tmpdir + '/rt.bin'
x = np.arange(6, dtype='<i2').reshape(2, 3)
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_transposed
path = tmpdir + '/rt.bin'
x = np.arange(6, dtype='<i2').reshape(2, 3).T
x.tofile(path)
np.fromfile(path, dtype='<i2')

#case file_tofile_bytes_transposed
path = tmpdir + '/rt.bin'
x = np.arange(6, dtype='<i2').reshape(2, 3).T
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_big_endian
path = tmpdir + '/rt.bin'
x = np.array([1, 256, -2], dtype='>i4')
x.tofile(path)
np.fromfile(path, dtype='>i4')

#case file_tofile_bytes_big_endian
path = tmpdir + '/rt.bin'
x = np.array([1, 256, -2], dtype='>i4')
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_float64
path = tmpdir + '/rt.bin'
x = np.array([0.1, -2.5, 1e300])
x.tofile(path)
np.fromfile(path, dtype=np.float64)

#case file_tofile_bytes_float64
path = tmpdir + '/rt.bin'
x = np.array([0.1, -2.5, 1e300])
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_complex64
path = tmpdir + '/rt.bin'
x = np.array([1 + 2j, -3j], dtype=np.complex64)
x.tofile(path)
np.fromfile(path, dtype=np.complex64)

#case file_tofile_bytes_complex64
path = tmpdir + '/rt.bin'
x = np.array([1 + 2j, -3j], dtype=np.complex64)
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_bool
path = tmpdir + '/rt.bin'
x = np.array([True, False, True])
x.tofile(path)
np.fromfile(path, dtype=np.bool)

#case file_tofile_bytes_bool
path = tmpdir + '/rt.bin'
x = np.array([True, False, True])
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_S
path = tmpdir + '/rt.bin'
x = np.array([b'ab', b'c', b'def'])
x.tofile(path)
np.fromfile(path, dtype='S3')

#case file_tofile_bytes_S
path = tmpdir + '/rt.bin'
x = np.array([b'ab', b'c', b'def'])
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_U
path = tmpdir + '/rt.bin'
x = np.array(['hé', 'x'])
x.tofile(path)
np.fromfile(path, dtype='<U2')

#case file_tofile_bytes_U
path = tmpdir + '/rt.bin'
x = np.array(['hé', 'x'])
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_U_big
path = tmpdir + '/rt.bin'
x = np.array(['hé', 'x'], dtype='>U2')
x.tofile(path)
np.fromfile(path, dtype='>U2')

#case file_tofile_bytes_U_big
path = tmpdir + '/rt.bin'
x = np.array(['hé', 'x'], dtype='>U2')
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_structured
path = tmpdir + '/rt.bin'
x = np.array([(1, 2.5, b'x'), (3, -1.0, b'yz')], dtype=[('a', '<i4'), ('b', '<f8'), ('s', 'S2')])
x.tofile(path)
np.fromfile(path, dtype=[('a', '<i4'), ('b', '<f8'), ('s', 'S2')])

#case file_tofile_bytes_structured
path = tmpdir + '/rt.bin'
x = np.array([(1, 2.5, b'x'), (3, -1.0, b'yz')], dtype=[('a', '<i4'), ('b', '<f8'), ('s', 'S2')])
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_sub_array_field
path = tmpdir + '/rt.bin'
x = np.array([(1, [1, 2, 3])], dtype=[('id', 'u1'), ('v', '<i2', (3,))])
x.tofile(path)
np.fromfile(path, dtype=[('id', 'u1'), ('v', '<i2', (3,))])

#case file_tofile_bytes_sub_array_field
path = tmpdir + '/rt.bin'
x = np.array([(1, [1, 2, 3])], dtype=[('id', 'u1'), ('v', '<i2', (3,))])
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_strided
path = tmpdir + '/rt.bin'
x = np.arange(10, dtype=np.uint8)[::3]
x.tofile(path)
np.fromfile(path, dtype=np.uint8)

#case file_tofile_bytes_strided
path = tmpdir + '/rt.bin'
x = np.arange(10, dtype=np.uint8)[::3]
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_field_view
path = tmpdir + '/rt.bin'
x = np.array([(1, 2), (3, 4)], dtype=[('a', 'u1'), ('b', '<u2')])['b']
x.tofile(path)
np.fromfile(path, dtype='<u2')

#case file_tofile_bytes_field_view
path = tmpdir + '/rt.bin'
x = np.array([(1, 2), (3, 4)], dtype=[('a', 'u1'), ('b', '<u2')])['b']
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_roundtrip_empty
path = tmpdir + '/rt.bin'
x = np.zeros(0, dtype=np.int32)
x.tofile(path)
np.fromfile(path, dtype=np.int32)

#case file_tofile_bytes_empty
path = tmpdir + '/rt.bin'
x = np.zeros(0, dtype=np.int32)
x.tofile(path)
open(path, 'rb').read() == x.tobytes(), len(open(path, 'rb').read())

#case file_tofile_returns_none
path = tmpdir + '/t.bin'
np.arange(3).tofile(path)

#case file_tofile_open_file_tell
path = tmpdir + '/t.bin'
x = np.arange(6, dtype='>i2').reshape(2, 3)
f = open(path, 'wb')
x.tofile(f)
t1 = f.tell()
x[0].tofile(f)
t2 = f.tell()
f.close()
t1, t2, open(path, 'rb').read()

#case file_tofile_mixed_with_write
path = tmpdir + '/t.bin'
f = open(path, 'wb')
f.write(b'HDR!')
np.array([1, 2], dtype='<u2').tofile(f)
f.close()
np.fromfile(path, dtype='u1')

#case file_tofile_overwrites
path = tmpdir + '/t.bin'
np.arange(10, dtype=np.uint8).tofile(path)
np.arange(3, dtype=np.uint8).tofile(path)
np.fromfile(path, dtype=np.uint8)

#case file_wav_written_by_tofile
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/made.wav'
h = np.zeros(1, dtype=wav_header_dtype)
h['chunk_id'] = b'RIFF'
h['chunk_size'] = 36 + 8
h['format'] = b'WAVE'
h['fmt_id'] = b'fmt '
h['fmt_size'] = 16
h['audio_fmt'] = 1
h['num_channels'] = 2
h['sample_rate'] = 44100
h['byte_rate'] = 44100 * 4
h['block_align'] = 4
h['bits_per_sample'] = 16
h['data_id'] = np.array([[b'd', b'a'], [b't', b'a']])
h['data_size'] = 8
f = open(path, 'wb')
h.tofile(f)
np.array([[1, -1], [2, -2]], dtype='<i2').tofile(f)
f.close()
open(path, 'rb').read()

#case file_wav_written_by_tofile_read_back
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
path = tmpdir + '/made.wav'
h = np.zeros(1, dtype=wav_header_dtype)
h['sample_rate'] = 44100
h['data_id'] = np.array([[b'd', b'a'], [b't', b'a']])
h.tofile(path)
np.fromfile(path, dtype=wav_header_dtype)

#case file_missing
np.fromfile(tmpdir + '/missing.bin', dtype='u1')

#case file_negative_offset
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='u1', offset=-1)

#case file_zero_size_dtype
path = tmpdir + '/short.bin'
open(path, 'wb').write(b'\x01\x00\x02\x00\x03\x00\x04')
np.fromfile(path, dtype='V0')

#case file_open_missing
open(tmpdir + '/missing.bin', 'rb')

#case file_tofile_missing_dir
np.arange(3).tofile(tmpdir + '/no/such/dir.bin')
